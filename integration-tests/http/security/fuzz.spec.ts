/**
 * Fuzz run of every plugin admin route (src/types/admin-routes.ts) and the storefront payment-session route, as a
 * super_admin, with hostile bodies and queries: NUL characters, huge and negative numbers, wrong types, prototype
 * keys, deep nesting, long and unicode strings. For every answer:
 *   - no 5xx, except a 502 `stripe_error` (Stripe itself failing is the specification's answer);
 *   - a 400 names the field (`param` in the body);
 *   - after any 4xx, a checksum of the plugin's tables (all `stripe_connect_*` rows except the audit entries, which
 *     record refusals, the refund throttle and the idempotency keys) and the writes in the emulator's request log
 *     are unchanged (a route may read from Stripe before refusing, e.g. a refund re-reads the payment's status).
 *
 * Seeded: `FUZZ_SEED` (default 17, so CI is repeatable; `FUZZ_SEED=random` draws one; route i uses seed + i; the
 * seed is printed with every failure, so `FUZZ_SEED=<n>` replays it). `FUZZ_RUNS` cases per route, default 10: with
 * 56 admin routes and the storefront route, 570 requests, each followed by a checksum of the plugin's tables and a
 * read of the emulator's log. On this 2-core machine, shared with other test runs, the file took 81 s (load average
 * ~5) to 3.5 minutes (load ~10), boot included. 200 cases per route (11,400 requests), as the issue asks of CI, does
 * not fit in 2 minutes here (25-50 minutes at the measured 130-280 ms per case): run it with `FUZZ_RUNS=200`
 * outside CI.
 */
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { STRIPE_CONNECT_ADMIN_ROUTES } from "../../../src/types/admin-routes"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { connectIntegration } from "../workflows/helpers"
import { createTestOrder } from "../invoices/fixtures"
import { knexOf, waitFor } from "../webhooks/helpers"
import catchUpBalanceTransactions from "../../../src/jobs/catch-up-balance-transactions"
import { asShopper, paymentCollection, PROVIDER_ID, storefront, type Storefront } from "./storefront-fixtures"

jest.setTimeout(900_000)

const SEED =
  process.env.FUZZ_SEED === "random" ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED ?? 17)
const RUNS = Number(process.env.FUZZ_RUNS ?? 10)

/** Tables whose rows a refused request may change: they record refusals or throttle, by design. */
const TABLES_ALLOWED_TO_CHANGE = [
  "stripe_connect_audit_entry",
  "stripe_connect_throttle_hit",
  "stripe_connect_idempotency_key",
]

/** Every field name the plugin's validators know, so hostile values reach real fields, not only unknown ones. */
const FIELDS = [
  "account", "account_id", "account_type", "action", "actor_id", "actor_type", "add", "amount",
  "application_fee_amount", "business_profile", "business_type", "cancel_url", "capabilities", "capture_method",
  "content_type", "country", "created_after", "created_before", "currency", "customer_email", "days",
  "days_until_due", "default_fee_fixed", "default_fee_percent", "delay_days", "description", "email", "evidence",
  "expires_in_minutes", "fee_fixed", "fee_percent", "fee_tiers", "fields", "filename", "include_payload",
  "integration_id", "interval", "kind", "limit", "memo", "merchant_id", "merchant_ids", "metadata", "mode",
  "monthly_anchor", "name", "offset", "on_behalf_of", "order", "order_id", "payment_intent_id",
  "payment_method_types", "per_merchant_overrides", "reason", "refresh_url", "refund_application_fee",
  "related_object_id", "remove", "resource_id", "resource_type", "return_url", "role", "since",
  "source_transaction", "starting_after", "status", "submit", "success_url", "type", "weekly_anchor", "data",
  "provider_id",
]
const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"]

const hostileString = fc.oneof(
  fc.string().map((text) => `${text}\u0000${text}`),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.integer({ min: 300, max: 20_000 }).map((length) => "é".repeat(length)),
  fc.constantFrom("-1", "0", "1e400", "NaN", "Infinity", "-9999999999999999999", "9007199254740993", "", " ", "null"),
  fc.constantFrom("acct_1", "pi_1", "ch_1", "po_1", "usd", "USD", "manual", "express", "super_admin", "http://evil.example/"),
  fc.constantFrom(...PROTOTYPE_KEYS)
)
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(-1, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 0.5, 2 ** 31, 1e21),
  fc.double({ noNaN: true })
)
const scalar = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null))
const deep = fc.integer({ min: 6, max: 14 }).map((levels) => {
  let value: unknown = "leaf"
  for (let level = 0; level < levels; level++) value = { a: value }
  return value
})
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS, ...PROTOTYPE_KEYS), fc.string()), scalar, { maxKeys: 4 }) },
  { weight: 1, arbitrary: deep }
)
const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...FIELDS) }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) })
const body = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(key, value, { maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: scalar }
)
const queryValue = fc.oneof(hostileString, hostileNumber.map(String), fc.array(hostileString, { maxLength: 3 }))
const query = fc.dictionary(key, queryValue, { maxKeys: 4 })

type Request = { query: Record<string, unknown>; body: unknown }
type Answer = { status: number; data: Record<string, unknown> }

function queryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams()
  for (const [name, entry] of Object.entries(params)) {
    for (const item of ([] as unknown[]).concat(entry)) search.append(name, String(item))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

/** One hash over every row of the plugin's tables that a refused request must leave alone. */
async function pluginChecksum(container: MedusaContainer): Promise<string> {
  const knex = knexOf(container)
  const tables = (
    await knex("information_schema.tables")
      .where({ table_schema: "public" })
      .andWhere("table_name", "like", "stripe\\_connect\\_%")
      .whereNotIn("table_name", TABLES_ALLOWED_TO_CHANGE)
      .select("table_name")
  ).map((row: { table_name: string }) => row.table_name)
  const parts = tables
    .sort()
    .map((table) => `select '${table}' || ':' || coalesce(md5(string_agg(t::text, ',' order by t::text)), '') as sum from "${table}" t`)
  const { rows } = await knex.raw(parts.join(" union all "))
  return (rows as { sum: string }[]).map((row) => row.sum).sort().join("|")
}

// The ledger's catch-up job writes on the clock (every 10 minutes), not because of a request: off here, so that a tick
// during the run cannot look like a refused request's write. The options are read when the app starts.
process.env.STRIPE_CONNECT_SCHEDULED_CATCH_UP = "off"
afterAll(() => {
  delete process.env.STRIPE_CONNECT_SCHEDULED_CATCH_UP
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    let admin: TestAdmin
    let ids: Record<string, string>
    let shop: Storefront
    let collectionId: string

    beforeAll(async () => {
      await emulator("POST", "/reset")
      // No webhook deliveries: the plugin's rows change only through the requests under test.
      await emulator("POST", "/webhooks/config", { auto_deliver: false })
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      const account = await onboardedAccount(api, container(), admin.headers, "merchant_fuzz")
      shop = await storefront(container())
      const order = await createTestOrder(container(), shop, { promo: false })
      const integration = await connectIntegration(api, admin, "merchant_fuzz")
      const payment = await api.post(
        "/admin/stripe-connect/payments",
        { account_id: account, amount: 5000, currency: "usd", order_id: order.id },
        { headers: admin.headers, validateStatus: () => true }
      )
      expect(payment.status).toBe(200)
      ids = {
        account_id: account,
        payment_intent_id: String(payment.data.payment_intent_id),
        id: integration.id,
        transfer_id: "tr_fuzz_unknown",
        dispute_id: "dp_fuzz_unknown",
        order: order.id,
      }
      collectionId = (await paymentCollection(api, shop)).collectionId
    })

    /** The route's path with real ids where the fixtures have them (the order id for `/admin/orders/:id`). */
    function pathOf(route: string): string {
      const path = route.split(" ")[1]
      const orderRoute = path.startsWith("/admin/orders/")
      return path.replace(/:([a-z_]+)/g, (_, name: string) => (orderRoute ? ids.order : (ids[name] ?? `${name}_fuzz`)))
    }

    async function send(method: string, path: string, request: Request, headers: Record<string, string>): Promise<Answer> {
      const response = await api.request({
        method,
        url: `${path}${queryString(request.query)}`,
        data: method === "GET" ? undefined : request.body,
        headers: { ...headers, "content-type": "application/json" },
        validateStatus: () => true,
      })
      return { status: response.status, data: (response.data ?? {}) as Answer["data"] }
    }

    /** The plugin's 400s carry `param`; Medusa's own validator (the storefront route's) names the field in its message. */
    const hasParam = (answer: Answer) => typeof answer.data.param === "string" && answer.data.param.length > 0

    /** What a refused request must leave as it was: the plugin's rows and the writes Stripe received. */
    const snapshot = async () => ({
      tables: await pluginChecksum(container()),
      stripeWrites: (await emulatorRequests()).filter((logged) => logged.method !== "GET").length,
    })

    /**
     * The state once an accepted request's consequences have landed: the emulator has delivered every webhook it
     * sent, and the plugin has processed every stored event (which may call Stripe and send more, hence the rounds
     * until nothing moves).
     */
    const settledSnapshot = async (seenLast?: Awaited<ReturnType<typeof snapshot>>) => {
      let previous = seenLast ? JSON.stringify(seenLast) : ""
      for (let round = 0; round < 10; round++) {
        await emulator("POST", "/webhooks/idle")
        await waitFor(
          async () =>
            Number((await knexOf(container())("stripe_connect_webhook_event").whereIn("status", ["pending", "processing"]).count("* as n"))[0].n) === 0,
          "the webhook pipeline to process every stored event"
        )
        const current = await snapshot()
        const seen = JSON.stringify(current)
        if (seen === previous) {
          return current
        }
        previous = seen
      }
      return await snapshot()
    }

    async function checkRoute(
      method: string,
      path: string,
      headers: Record<string, string>,
      requests: fc.Arbitrary<Request>,
      seed: number,
      namesField: (answer: Answer, request: Request) => boolean = hasParam
    ) {
      // Each case's "before" is the previous case's "after" when that one was refused; after an accepted request
      // (a recovery stores and then processes Stripe's events) the pipeline is let settle and looked at again.
      let before = await settledSnapshot()
      await fc
        .assert(
          fc.asyncProperty(requests, async (request) => {
            const answer = await send(method, path, request, headers)
            const after = await snapshot()
            const where = `${method} ${path} ${JSON.stringify(request).slice(0, 300)} -> ${answer.status} ${JSON.stringify(answer.data).slice(0, 300)}`
            const expected = before
            before = answer.status >= 400 && answer.status < 500 ? after : await settledSnapshot(after)
            if (answer.status >= 500) {
              expect({ where, status: answer.status, code: answer.data.code }).toEqual({ where, status: 502, code: "stripe_error" })
            }
            if (answer.status === 400) {
              expect({ where, namesField: namesField(answer, request) }).toEqual({ where, namesField: true })
            }
            if (answer.status >= 400 && answer.status < 500) {
              expect({ where, ...after }).toEqual({ where, ...expected })
            }
          }),
          { seed, numRuns: RUNS, endOnFailure: true }
        )
        .catch((error: Error) => {
          error.message = `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} (this route's seed ${seed})\n${error.message}`
          throw error
        })
    }

    it("the ledger's scheduled catch-up is off with reconciliation.scheduledCatchUp false: a tick stores nothing", async () => {
      await catchUpBalanceTransactions(container())
      const cursors = await knexOf(container())("stripe_connect_ledger_cursor").count("* as n")
      const lines = await knexOf(container())("stripe_connect_balance_transaction").count("* as n")
      expect({ cursors: Number(cursors[0].n), lines: Number(lines[0].n) }).toEqual({ cursors: 0, lines: 0 })
    })

    it.each(STRIPE_CONNECT_ADMIN_ROUTES.map((route, index) => [route, index]))(
      "%s answers hostile input without a 500",
      async (route, index) => {
        const method = route.split(" ")[0]
        const requests = method === "GET" ? fc.record({ query, body: fc.constant(undefined) }) : fc.record({ query, body })
        await checkRoute(method, pathOf(route), admin.headers, requests, SEED + index)
      }
    )

    it("POST /store/payment-collections/:id/payment-sessions answers hostile session data without a 500", async () => {
      const requests = fc.record({
        query,
        body: fc.oneof(
          fc.dictionary(key, value, { maxKeys: 4 }).map((data) => ({ provider_id: PROVIDER_ID, data })),
          body
        ),
      })
      const namesField = (answer: Answer, request: Request) =>
        hasParam(answer) ||
        /Field '|field '|Unrecognized fields|provider_id|data/.test(String(answer.data.message)) ||
        request.body === null ||
        typeof request.body !== "object"
      await checkRoute(
        "POST",
        `/store/payment-collections/${collectionId}/payment-sessions`,
        asShopper(shop).headers,
        requests,
        SEED + STRIPE_CONNECT_ADMIN_ROUTES.length,
        namesField
      )
    })
  },
})
