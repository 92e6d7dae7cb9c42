import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toWebhookEventRow } from "../../../src/modules/stripe-connect/webhooks/event-row"
import type { WebhookEventStore } from "../../../src/modules/stripe-connect/webhooks/webhook-event-store"
import { webhookEventStore } from "../../../src/workflows/webhook-events/utils/event-store"
import { knexOf, makeEvent } from "./helpers"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer
    let store: WebhookEventStore

    beforeAll(() => {
      container = getContainer()
      store = webhookEventStore(container)
    })

    /** Stores an event about `objectId` created at `created` (Unix seconds) with the given status; returns its row id. */
    const storeEvent = async (
      objectId: string,
      created: number,
      status: "pending" | "processed",
      options: { account?: string; relatedFirst?: string } = {}
    ) => {
      const object = options.relatedFirst
        ? { id: options.relatedFirst, object: "charge", payment_intent: objectId }
        : { id: objectId, object: "payout" }
      const event = makeEvent("payout.paid", object, { created, account: options.account })
      const row = toWebhookEventRow(
        event as unknown as Stripe.Event,
        options.account ? "connect" : "platform",
        options.account ?? null,
        JSON.stringify(event)
      )
      const id = (await store.insertIfAbsent(row)) as string
      await knexOf(container)("stripe_connect_webhook_event").where({ id }).update({ status })
      return id
    }

    describe("insertWebhookEvents (the endpoints' group insert)", () => {
      it("should store each new event once, in order, and skip a second copy within the statement", async () => {
        const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        const suffix = Date.now()
        // Quotes, backslashes, braces, commas and non-ASCII text: what an array literal would have had to escape.
        const tricky = { id: `po_"quoted",{x}\\_${suffix}`, object: "payout", description: 'a "b" \\ c, {d} é ☃' }
        const [firstId, secondId] = [`evt_group_a_${suffix}`, `evt_group_b_${suffix}`]
        const first = makeEvent("payout.paid", tricky, { id: firstId, created: 1_700_000_000 })
        const second = makeEvent("payout.paid", { id: `po_group_${suffix}`, object: "payout" }, { id: secondId })
        const rowOf = (event: typeof first, rejection: string | null = null) =>
          toWebhookEventRow(event as unknown as Stripe.Event, "platform", null, JSON.stringify(event), rejection)
        const firstRaw = JSON.stringify(first)

        const ids = await service.insertWebhookEvents([
          rowOf(first),
          rowOf(second, "kept out of processing"),
          { ...rowOf(first), payload_json: '{"id":"a later copy"}' },
        ])

        expect(ids[0]).toMatch(/^scwhevt_/)
        expect(ids[1]).toMatch(/^scwhevt_/)
        expect(ids[2]).toBeNull()
        const stored = await knexOf(container)("stripe_connect_webhook_event")
          .whereIn("stripe_event_id", [firstId, secondId])
          .orderBy("stripe_event_id")
          .select("id", "payload_raw", "related_object_ids", "stripe_created_at", "status", "processed_at", "account")
        expect(stored).toHaveLength(2)
        expect(stored[0]).toEqual(
          expect.objectContaining({
            id: ids[0],
            payload_raw: firstRaw,
            related_object_ids: [tricky.id],
            status: "pending",
            processed_at: null,
            account: null,
          })
        )
        expect(new Date(stored[0].stripe_created_at).getTime()).toBe(1_700_000_000_000)
        expect(stored[1]).toEqual(expect.objectContaining({ id: ids[1], status: "rejected" }))
        expect(stored[1].processed_at).not.toBeNull()
      })
    })

    describe("hasNewerProcessedEvent (the ordering check of handlers that keep no record)", () => {
      const ask = (objectId: string, created: number, excludeId: string, account: string | null = null) =>
        store.hasNewerProcessedEvent({ object_id: objectId, account, created_after: new Date(created * 1000), exclude_id: excludeId })

      it("should see a processed event about the same object created later, and nothing else", async () => {
        const base = Math.floor(Date.now() / 1000)
        const late = await storeEvent("po_order_a", base, "pending")
        expect(await ask("po_order_a", base, late)).toBe(false)

        await storeEvent("po_order_a", base + 5, "pending")
        expect(await ask("po_order_a", base, late)).toBe(false)

        await storeEvent("po_order_a", base - 5, "processed")
        expect(await ask("po_order_a", base, late)).toBe(false)

        await storeEvent("po_order_a", base + 5, "processed")
        expect(await ask("po_order_a", base, late)).toBe(true)
      })

      it("should not count an event of another account, or one that only mentions the object", async () => {
        const base = Math.floor(Date.now() / 1000)
        const late = await storeEvent("po_order_b", base, "pending")
        await storeEvent("po_order_b", base + 5, "processed", { account: "acct_order_other" })
        await storeEvent("po_order_b", base + 5, "processed", { relatedFirst: "ch_order_b" })
        expect(await ask("po_order_b", base, late)).toBe(false)
        expect(await ask("po_order_b", base, late, "acct_order_other")).toBe(true)
      })

      it("should look up the object's own events, not scan the processed ones, when statistics are stale", async () => {
        const knex = knexOf(container)
        const base = Math.floor(Date.now() / 1000)
        await knex.raw(
          `INSERT INTO stripe_connect_webhook_event (id, stripe_event_id, endpoint, account_key, type, stripe_created_at,
             payload, related_object_ids, status)
           SELECT 'scwhevt_plan_' || g, 'evt_plan_' || g, 'platform', 'platform', 'payout.paid', now(), '{}'::jsonb,
             ARRAY['po_plan_' || g], 'pending'
           FROM generate_series(1, 3000) AS g`
        )
        // Statistics taken while the events wait say none is processed; then they all are, as after a burst.
        await knex.raw("ANALYZE stripe_connect_webhook_event")
        await knex.raw("UPDATE stripe_connect_webhook_event SET status = 'processed' WHERE stripe_event_id LIKE 'evt_plan_%'")

        const explain = await knex.raw<{ rows: { "QUERY PLAN": string }[] }>("EXPLAIN " + (await hasNewerQueryText()), [
          "po_plan_7",
          "platform",
          new Date(base * 1000),
          "scwhevt_plan_7",
        ])
        const plan = explain.rows.map((row) => row["QUERY PLAN"]).join("\n")
        expect(plan).toContain("IDX_stripe_connect_webhook_event_object")
        expect(plan).not.toContain("IDX_stripe_connect_webhook_event_status_created_at")
        expect(await ask("po_plan_7", base - 60, "scwhevt_other")).toBe(true)
      })
    })

    /** The statement `hasNewerProcessedEvent` runs, captured from the store itself so the test plans the real one. */
    async function hasNewerQueryText(): Promise<string> {
      const knex = knexOf(container)
      let captured = ""
      const capture = (query: { sql: string }) => {
        if (query.sql.includes("same_object")) {
          captured = query.sql
        }
      }
      knex.on("query", capture)
      try {
        await store.hasNewerProcessedEvent({
          object_id: "x",
          account: null,
          created_after: new Date(),
          exclude_id: "y",
        })
      } finally {
        knex.removeListener("query", capture)
      }
      if (!captured) {
        throw new Error("hasNewerProcessedEvent ran no statement")
      }
      return captured.replace(/\$\d+/g, "?")
    }
  },
})
