import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, emulatorRequests, latestEvent } from "../accounts/emulator"
import { knexOf, waitFor } from "../webhooks/helpers"
import { onboardedAccount } from "./helpers"
import { handleChargeRefundedEvent, handlePaymentIntentEvent } from "../../../src/workflows/payments"
import { upsertPaymentFromStripeStep, type UpsertPaymentFromStripeStepInput } from "../../../src/workflows/payments/steps/upsert-payment-from-stripe"
import { PAYMENT_INTENT_EXPAND } from "../../../src/workflows/payments/utils/payment-mirror"

jest.setTimeout(120_000)

type EmittedEvent = { name: string; data: Record<string, unknown> }

/** The write a payment handler makes with the payment intent it read from Stripe, run on its own. */
const writeReadIntentWorkflow = createWorkflow("test-write-read-payment-intent", (input: UpsertPaymentFromStripeStepInput) => {
  return new WorkflowResponse(upsertPaymentFromStripeStep(input))
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    const emitted: EmittedEvent[] = []
    const container = (): MedusaContainer => getContainer()

    beforeAll(async () => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of ["stripe.payment_succeeded", "stripe.payment_failed"]) {
        eventBus.subscribe(name, async (event: { name: string; data: unknown }) => {
          emitted.push({ name: event.name, data: event.data as Record<string, unknown> })
        }, { subscriberId: `payments-spec-${name}` })
      }
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      emitted.length = 0
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_123")
    })

    const as = (who: TestAdmin, headers: Record<string, string> = {}) => ({ headers: { ...who.headers, ...headers }, validateStatus: () => true })
    const specBody = (overrides: object = {}) => ({
      account_id: accountId,
      amount: 2500,
      currency: "usd",
      order_id: "ord_xyz",
      customer_email: "customer@example.com",
      payment_method_types: ["card"],
      application_fee_amount: 75,
      metadata: { order_number: "42", location_id: "loc_123" },
      ...overrides,
    })
    const createPayment = (body: object = specBody(), who: TestAdmin = admin, headers: Record<string, string> = {}) =>
      api.post("/admin/stripe-connect/payments", body, as(who, headers))
    const capture = (pi: string, body: object = {}) => api.post(`/admin/stripe-connect/payments/${pi}/capture`, body, as(admin))
    const refund = (pi: string, body: object, headers: Record<string, string> = {}) =>
      api.post(`/admin/stripe-connect/payments/${pi}/refund`, body, as(admin, headers))
    /** The host events `name` for intent `pi`, once the first arrived and a short while passed for a second to show. */
    async function emittedFor(name: string, pi: string): Promise<EmittedEvent[]> {
      const matching = () => emitted.filter((e) => e.name === name && e.data.payment_intent_id === pi)
      await waitFor(async () => matching().length > 0, `${name} for ${pi}`)
      await new Promise((resolve) => setTimeout(resolve, 250))
      return matching()
    }
    const confirm = (pi: string, paymentMethod = "pm_card_visa") =>
      emulator("POST", `/payment_intents/${pi}/confirm`, { payment_method: paymentMethod })

    /** A payment authorized by the customer and captured in full. */
    async function capturedPayment(body: object = specBody()): Promise<string> {
      const created = await createPayment(body)
      const pi = created.data.payment_intent_id
      await confirm(pi)
      const captured = await capture(pi)
      expect(captured.status).toBe(200)
      return pi
    }

    describe("POST /admin/stripe-connect/payments", () => {
      it("should create a destination charge and answer the specification's body exactly", async () => {
        const response = await createPayment()
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          payment_intent_id: expect.stringMatching(/^pi_/),
          client_secret: expect.stringMatching(/^pi_.+_secret_/),
          status: "requires_payment_method",
          amount: 2500,
          application_fee: 75,
          destination_amount: 2425,
        })
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })
        expect(request.stripe_account).toBeNull()
        expect(request.idempotency_key).toMatch(/^stripe-connect:payment:create:/)
        expect(request.params).toEqual(
          expect.objectContaining({
            amount: "2500",
            currency: "usd",
            application_fee_amount: "75",
            transfer_data: { destination: accountId },
            transfer_group: "ord_xyz",
            receipt_email: "customer@example.com",
            metadata: expect.objectContaining({ order_number: "42", location_id: "loc_123", merchant_id: "merchant_123" }),
          })
        )
      })

      // The route reads the account, the fee document in force with its version and the merchant's volume in one
      // statement (retrieveFeeBasis) and stores the payment in another: 6 statements here, with the role check, the
      // scoped account lookup, the workflow's execution lookup and the audit entry. Webhooks are held back so that
      // no event processing runs beside the request.
      it("should make at most 7 database statements for a payment without an order, a key or a fee", async () => {
        await api.put("/admin/stripe-connect/fees", { default_fee_percent: 2.9, default_fee_fixed: 30 }, as(admin))
        await emulator("POST", "/webhooks/idle")
        await emulator("POST", "/webhooks/config", { auto_deliver: false })
        const body = specBody({ order_id: undefined, application_fee_amount: undefined })
        const statements: string[] = []
        const count = (query: { sql: string }) => statements.push(query.sql)
        const knex = knexOf(container())
        try {
          expect((await createPayment(body)).status).toBe(200)
          knex.on("query", count)
          const response = await createPayment(body)
          knex.removeListener("query", count)
          expect(response.status).toBe(200)
          expect(response.data.application_fee).toBe(103)
        } finally {
          knex.removeListener("query", count)
          await emulator("POST", "/webhooks/config", { auto_deliver: true })
        }
        expect(statements.filter((sql) => sql.includes("stripe_connect_fee_configuration"))).toHaveLength(1)
        expect(statements.length).toBeLessThanOrEqual(7)
      })

      it("should take the fee from the fee configuration when none is given", async () => {
        await api.put(
          "/admin/stripe-connect/fees",
          { default_fee_percent: 2.9, default_fee_fixed: 30, per_merchant_overrides: [{ merchant_id: "someone_else", fee_percent: 1, fee_fixed: 0 }] },
          as(admin)
        )
        const response = await createPayment(specBody({ application_fee_amount: undefined }))
        expect(response.status).toBe(200)
        // 2.9 % of 2500 = 72.5 -> 73, + 30
        expect(response.data).toEqual(expect.objectContaining({ application_fee: 103, destination_amount: 2397 }))

        await api.put("/admin/stripe-connect/fees", { default_fee_percent: 2.9, per_merchant_overrides: [{ merchant_id: "merchant_123", fee_percent: 2, fee_fixed: 20 }] }, as(admin))
        const overridden = await createPayment(specBody({ application_fee_amount: undefined }))
        expect(overridden.data.application_fee).toBe(70)
      })

      it("should choose the fee tier from the merchant's captured-minus-refunded volume this month", async () => {
        await api.put(
          "/admin/stripe-connect/fees",
          {
            default_fee_percent: 5,
            fee_tiers: [
              { volume_min: 0, volume_max: 30, fee_percent: 10, fee_fixed: 0 },
              { volume_min: 31, volume_max: null, fee_percent: 1, fee_fixed: 0 },
            ],
          },
          as(admin)
        )
        const configured = specBody({ amount: 5000, application_fee_amount: undefined })
        const first = await createPayment(configured)
        expect(first.data.application_fee).toBe(500) // volume 0 -> first tier, 10 %
        await confirm(first.data.payment_intent_id)
        await capture(first.data.payment_intent_id)

        const second = await createPayment(configured)
        expect(second.data.application_fee).toBe(50) // volume $50.00 -> second tier, 1 %

        await refund(first.data.payment_intent_id, { amount: 2500 })
        const third = await createPayment(configured)
        expect(third.data.application_fee).toBe(500) // volume $25.00 -> first tier again
      })

      it("should handle a zero-decimal currency in whole units", async () => {
        const response = await createPayment(specBody({ amount: 5000, currency: "JPY", application_fee_amount: 150 }))
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ amount: 5000, application_fee: 150, destination_amount: 4850 }))
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })
        expect(request.params).toEqual(expect.objectContaining({ amount: "5000", currency: "jpy" }))
      })

      it("should answer 404 account_not_found for an unknown account and 401 account_not_onboarded before onboarding", async () => {
        const unknown = await createPayment(specBody({ account_id: "acct_doesnotexist" }))
        expect(unknown.status).toBe(404)
        expect(unknown.data.code).toBe("account_not_found")

        const pending = await onboardedAccount(api, container(), admin.headers, "merchant_new", { complete: false })
        const early = await createPayment(specBody({ account_id: pending }))
        expect(early.status).toBe(401)
        expect(early.data.code).toBe("account_not_onboarded")
        expect(await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).toHaveLength(0)
      })

      it("should pass on Stripe's refusal of a destination charge to an account whose transfers capability Stripe turned off", async () => {
        // Stripe deactivates the capability; the store has not applied the account.updated yet.
        await emulator("POST", `/accounts/${accountId}/update`, { capabilities: { transfers: "inactive" } })
        const response = await createPayment()
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_request")
        expect(response.data.message).toContain("capabilities enabled: transfers")
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })
        expect(request.error_code).toBe("insufficient_capabilities_for_transfer")
        expect((await api.get("/admin/stripe-connect/payments", as(admin))).data.count).toBe(0)
      })

      it("should refuse bad input with a 400 naming the field, calling nothing", async () => {
        const cases: [object, string][] = [
          [specBody({ application_fee_amount: 3000 }), "application_fee_amount"],
          [specBody({ amount: 25.5 }), "amount"],
          [specBody({ amount: -1 }), "amount"],
          [specBody({ currency: "dollars" }), "currency"],
          [specBody({ account_id: "merchant_123" }), "account_id"],
          [specBody({ currency: "kwd", amount: 1005, application_fee_amount: 0 }), "amount"],
          [specBody({ customer_email: "nope" }), "customer_email"],
        ]
        for (const [body, field] of cases) {
          const response = await createPayment(body)
          expect({ field, status: response.status }).toEqual({ field, status: 400 })
          expect(response.data.message).toContain(field)
        }
        expect(await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).toHaveLength(0)
      })

      it("should answer 404 for an account of a merchant outside the caller's scope", async () => {
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_other"] }] })
        const response = await createPayment(specBody(), scoped)
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("account_not_found")
      })

      it("should return the same payment intent when the request is repeated with its Idempotency-Key", async () => {
        const first = await createPayment(specBody(), admin, { "Idempotency-Key": "checkout-42" })
        const again = await createPayment(specBody(), admin, { "Idempotency-Key": "checkout-42" })
        expect(again.status).toBe(200)
        expect(again.data.payment_intent_id).toBe(first.data.payment_intent_id)
        const list = await api.get("/admin/stripe-connect/payments", as(admin))
        expect(list.data.count).toBe(1)
      })

      it("should answer 502 stripe_error when Stripe fails", async () => {
        await emulator("POST", "/faults", { status: 500, count: 10, method: "POST", path: "/v1/payment_intents" })
        const response = await createPayment()
        expect(response.status).toBe(502)
        expect(response.data.code).toBe("stripe_error")
        await emulator("DELETE", "/faults")
        expect((await api.get("/admin/stripe-connect/payments", as(admin))).data.count).toBe(0)
      })

      it("should link the payment to the Medusa order that order_id names", async () => {
        const orderModule = container().resolve(Modules.ORDER)
        const order = await orderModule.createOrders({ currency_code: "usd", email: "customer@example.com" })
        const response = await createPayment(specBody({ order_id: order.id }))
        expect(response.status).toBe(200)

        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["id", "stripe_connect_payments.payment_intent_id"], filters: { id: order.id } })
        expect(data[0].stripe_connect_payments).toEqual([expect.objectContaining({ payment_intent_id: response.data.payment_intent_id })])

        const listed = await api.get(`/admin/orders/${order.id}/stripe-payments`, as(admin))
        expect(listed.status).toBe(200)
        expect(listed.data.data).toEqual([expect.objectContaining({ payment_intent_id: response.data.payment_intent_id, order_id: order.id })])
      })
    })

    describe("POST /admin/stripe-connect/payments/:payment_intent_id/capture", () => {
      it("should capture an authorized payment in full and show what the platform collected", async () => {
        const created = await createPayment()
        const pi = created.data.payment_intent_id
        await confirm(pi)
        const response = await capture(pi, { amount_to_capture: 2500 })
        expect(response.status).toBe(200)
        expect(response.data).toEqual(
          expect.objectContaining({ payment_intent_id: pi, status: "succeeded", amount_captured: 2500, application_fee_collected: 75, fee_kept: 75, destination_amount: 2425 })
        )
        const [request] = await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${pi}/capture` })
        // The capture's key names its amount and its place among the intent's captures (docs/api.md#crash-safe-money).
        expect(request.idempotency_key).toBe(`stripe-connect:capture:${pi}:2500:1`)
      })

      it("should reduce the fee in proportion on a partial capture", async () => {
        const created = await createPayment()
        const pi = created.data.payment_intent_id
        await confirm(pi)
        const response = await capture(pi, { amount_to_capture: 1250 })
        expect(response.status).toBe(200)
        // 75 x 1250 / 2500 = 37.5 -> 38
        expect(response.data).toEqual(expect.objectContaining({ amount_captured: 1250, application_fee_collected: 38, destination_amount: 1212 }))
        const [request] = await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${pi}/capture` })
        expect(request.params).toEqual(expect.objectContaining({ amount_to_capture: "1250", application_fee_amount: "38" }))
      })

      it("should refuse more than is capturable and a payment not yet authorized, naming why", async () => {
        const created = await createPayment()
        const pi = created.data.payment_intent_id
        const early = await capture(pi)
        expect(early.status).toBe(400)
        expect(early.data.message).toContain("requires_payment_method")

        await confirm(pi)
        const tooMuch = await capture(pi, { amount_to_capture: 3000 })
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data.message).toContain("amount_to_capture")
        expect(await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${pi}/capture` })).toHaveLength(0)
      })

      it("should answer 404 for a payment the plugin does not know", async () => {
        const response = await capture("pi_unknown")
        expect(response.status).toBe(404)
      })
    })

    describe("POST /admin/stripe-connect/payments/:payment_intent_id/refund", () => {
      it("should refund part of a payment with the fee in proportion, as the specification's example", async () => {
        const pi = await capturedPayment()
        const response = await refund(pi, { amount: 500, reason: "customer_request", refund_application_fee: true })
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ refund_id: expect.stringMatching(/^re_/), amount: 500, status: "succeeded", application_fee_refunded: 15 })

        const [request] = await emulatorRequests({ method: "POST", path: "/v1/refunds" })
        expect(request.idempotency_key).toMatch(new RegExp(`^stripe-connect:refund:${pi}:`))
        expect(request.params).toEqual(
          expect.objectContaining({ payment_intent: pi, amount: "500", refund_application_fee: "true", reverse_transfer: "true", reason: "requested_by_customer" })
        )

        const shown = await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))
        expect(shown.data).toEqual(
          expect.objectContaining({
            amount_captured: 2500,
            amount_refunded: 500,
            application_fee_collected: 75,
            application_fee_refunded: 15,
            fee_kept: 60,
            refunds: [expect.objectContaining({ refund_id: response.data.refund_id, amount: 500, application_fee_refunded: 15, reason: "customer_request" })],
          })
        )
      })

      it("should keep the fee when refund_application_fee is not asked", async () => {
        const pi = await capturedPayment()
        const response = await refund(pi, { amount: 500 })
        expect(response.data.application_fee_refunded).toBe(0)
        expect((await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))).data.fee_kept).toBe(75)
      })

      it("should refuse more than is left to refund with a 400 that says how much is left", async () => {
        const pi = await capturedPayment()
        await refund(pi, { amount: 2000 })
        const response = await refund(pi, { amount: 1000 })
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_request")
        expect(response.data.message).toContain("500 left to refund")
        expect((await emulatorRequests({ method: "POST", path: "/v1/refunds" })).filter((r) => r.status === 200)).toHaveLength(1)
      })

      it("should let only one of two concurrent refunds that together exceed the total through", async () => {
        const pi = await capturedPayment()
        const [a, b] = await Promise.all([refund(pi, { amount: 1500 }), refund(pi, { amount: 1500 })])
        expect([a.status, b.status].sort()).toEqual([200, 400])
        const refused = a.status === 400 ? a : b
        expect(refused.data.message).toContain("1000 left to refund")
        const refunds = (await emulatorRequests({ method: "POST", path: "/v1/refunds" })).filter((r) => r.status === 200)
        expect(refunds).toHaveLength(1)
        expect((await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))).data.amount_refunded).toBe(1500)
      })

      it("should not refund twice when a request is repeated with the same Idempotency-Key", async () => {
        const pi = await capturedPayment()
        const first = await refund(pi, { amount: 500 }, { "Idempotency-Key": "refund-req-1" })
        const again = await refund(pi, { amount: 500 }, { "Idempotency-Key": "refund-req-1" })
        expect(again.status).toBe(200)
        expect(again.data.refund_id).toBe(first.data.refund_id)
        expect((await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))).data.amount_refunded).toBe(500)
      })

      it("should refund everything left when amount is left out, and refuse a payment that is not captured", async () => {
        const pi = await capturedPayment()
        await refund(pi, { amount: 500, refund_application_fee: true })
        const rest = await refund(pi, { refund_application_fee: true })
        expect(rest.data).toEqual(expect.objectContaining({ amount: 2000, application_fee_refunded: 60 }))

        const uncaptured = await createPayment()
        const refused = await refund(uncaptured.data.payment_intent_id, { amount: 100 })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("not been captured")
      })
    })

    describe("GET /admin/stripe-connect/payments", () => {
      it("should list with filters and show one payment by intent id or plugin id", async () => {
        const other = await onboardedAccount(api, container(), admin.headers, "merchant_b")
        const a = await createPayment()
        const b = await createPayment(specBody({ account_id: other, order_id: "ord_b" }))
        await confirm(b.data.payment_intent_id)
        await capture(b.data.payment_intent_id)

        const all = await api.get("/admin/stripe-connect/payments", as(admin))
        expect(all.data.count).toBe(2)
        const byAccount = await api.get(`/admin/stripe-connect/payments?account_id=${other}`, as(admin))
        expect(byAccount.data.data.map((p: { payment_intent_id: string }) => p.payment_intent_id)).toEqual([b.data.payment_intent_id])
        const byStatus = await api.get("/admin/stripe-connect/payments?status=succeeded", as(admin))
        expect(byStatus.data.count).toBe(1)
        const byOrder = await api.get("/admin/stripe-connect/payments?order_id=ord_xyz", as(admin))
        expect(byOrder.data.data[0].payment_intent_id).toBe(a.data.payment_intent_id)

        const shown = await api.get(`/admin/stripe-connect/payments/${a.data.payment_intent_id}`, as(admin))
        expect(shown.status).toBe(200)
        const byId = await api.get(`/admin/stripe-connect/payments/${shown.data.id}`, as(admin))
        expect(byId.data.payment_intent_id).toBe(a.data.payment_intent_id)
      })

      it("should show merchant-scoped staff only their merchants' payments, others as 404", async () => {
        const other = await onboardedAccount(api, container(), admin.headers, "merchant_b")
        const mine = await createPayment()
        const theirs = await createPayment(specBody({ account_id: other }))
        const staff = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff", merchant_ids: ["merchant_123"] }] })

        const list = await api.get("/admin/stripe-connect/payments", as(staff))
        expect(list.data.data.map((p: { payment_intent_id: string }) => p.payment_intent_id)).toEqual([mine.data.payment_intent_id])
        expect((await api.get(`/admin/stripe-connect/payments/${theirs.data.payment_intent_id}`, as(staff))).status).toBe(404)
        const refundByStaff = await api.post(`/admin/stripe-connect/payments/${mine.data.payment_intent_id}/refund`, { amount: 1 }, as(staff))
        expect(refundByStaff.status).toBe(403)
      })
    })

    describe("payment webhooks", () => {
      it("should record a succeeded payment and emit stripe.payment_succeeded once", async () => {
        const created = await createPayment(specBody({ capture_method: "automatic" }))
        const pi = created.data.payment_intent_id
        await confirm(pi)
        const event = await latestEvent(null, "payment_intent.succeeded")
        expect(await handlePaymentIntentEvent({ event, container: container() })).toEqual(expect.objectContaining({ applied: true }))
        await handlePaymentIntentEvent({ event, container: container() })

        const shown = await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))
        expect(shown.data).toEqual(expect.objectContaining({ status: "succeeded", amount_captured: 2500, application_fee_collected: 75 }))
        const succeeded = await emittedFor("stripe.payment_succeeded", pi)
        expect(succeeded).toHaveLength(1)
        expect(succeeded[0].data).toEqual(
          expect.objectContaining({ payment_intent_id: pi, account_id: accountId, merchant_id: "merchant_123", amount: 2500, currency: "usd", status: "succeeded" })
        )
      })

      it("should emit stripe.payment_succeeded once when a staff capture stores succeeded before the webhook is handled", async () => {
        const created = await createPayment()
        const pi = created.data.payment_intent_id
        await confirm(pi)
        expect((await capture(pi)).status).toBe(200)
        const event = await latestEvent(null, "payment_intent.succeeded")
        // The delivery, a duplicate delivery and a replay of the event, all after the capture stored succeeded.
        for (let i = 0; i < 3; i++) {
          await handlePaymentIntentEvent({ event, container: container() })
        }

        const succeeded = await emittedFor("stripe.payment_succeeded", pi)
        expect(succeeded).toHaveLength(1)
        expect(succeeded[0].data).toEqual(expect.objectContaining({ payment_intent_id: pi, status: "succeeded", amount: 2500 }))
      })

      it("should record a failed payment with its decline code and emit stripe.payment_failed", async () => {
        const created = await createPayment()
        const pi = created.data.payment_intent_id
        await confirm(pi, "pm_card_chargeDeclinedInsufficientFunds").catch(() => undefined)
        const event = await latestEvent(null, "payment_intent.payment_failed")
        await handlePaymentIntentEvent({ event, container: container() })

        const shown = await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))
        expect(shown.data).toEqual(expect.objectContaining({ status: "requires_payment_method", failure_code: "insufficient_funds" }))
        expect((await emittedFor("stripe.payment_failed", pi)).map((e) => e.data.payment_intent_id)).toEqual([pi])
      })

      it("should pick up a refund made outside the plugin from charge.refunded", async () => {
        const pi = await capturedPayment()
        const stripeKey = "sk_test_emulator_platform_key"
        const response = await fetch(`${process.env.STRIPE_EMULATOR_URL}/v1/refunds`, {
          method: "POST",
          headers: { authorization: `Bearer ${stripeKey}`, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ payment_intent: pi, amount: "700", refund_application_fee: "true", reverse_transfer: "true" }).toString(),
        })
        expect(response.status).toBe(200)
        const event = await latestEvent(null, "charge.refunded")
        await handleChargeRefundedEvent({ event, container: container() })
        const shown = await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))
        // 75 x 700 / 2500 = 21
        expect(shown.data).toEqual(expect.objectContaining({ amount_refunded: 700, application_fee_refunded: 21, fee_kept: 54 }))
      })

      it("should keep a staff refund when a payment handler that read the intent before it writes after it", async () => {
        const pi = await capturedPayment()
        const stripe = emulatorStripe()
        // What a payment_intent.* or charge.refunded handler read from Stripe before the refund, written after it.
        const readBefore = await stripe.paymentIntents.retrieve(pi, { expand: PAYMENT_INTENT_EXPAND })
        expect((await refund(pi, { amount: 500, refund_application_fee: true })).status).toBe(200)
        const { result } = await writeReadIntentWorkflow(container()).run({ input: { intent: readBefore } })
        expect(result.payment).toEqual(expect.objectContaining({ amount_refunded: 500, application_fee_refunded: 15 }))
        const shown = await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))
        expect(shown.data).toEqual(expect.objectContaining({ status: "succeeded", amount_refunded: 500, application_fee_refunded: 15 }))
      })

      it("should keep a staff capture when a payment handler that read the intent authorized writes after it", async () => {
        const created = await createPayment()
        const pi = created.data.payment_intent_id
        await confirm(pi)
        const stripe = emulatorStripe()
        const readBefore = await stripe.paymentIntents.retrieve(pi, { expand: PAYMENT_INTENT_EXPAND })
        expect(readBefore.status).toBe("requires_capture")
        expect((await capture(pi)).status).toBe(200)
        await writeReadIntentWorkflow(container()).run({ input: { intent: readBefore } })
        const shown = await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))
        expect(shown.data).toEqual(expect.objectContaining({ status: "succeeded", amount_captured: 2500, application_fee_collected: 75 }))
      })

      it("should ignore payment intents that are not the plugin's", async () => {
        const response = await fetch(`${process.env.STRIPE_EMULATOR_URL}/v1/payment_intents`, {
          method: "POST",
          headers: { authorization: "Bearer sk_test_emulator_platform_key", "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ amount: "1000", currency: "usd", confirm: "true", payment_method: "pm_card_visa" }).toString(),
        })
        expect(response.status).toBe(200)
        const event = await latestEvent(null, "payment_intent.succeeded")
        expect(await handlePaymentIntentEvent({ event, container: container() })).toEqual({ applied: false, payment_id: null, medusa_action: "not_supported", seller_transfers: 0 })
        expect((await api.get("/admin/stripe-connect/payments", as(admin))).data.count).toBe(0)
      })

      it("should pass over payment intents and refunds on a connected account without failing", async () => {
        const headers = {
          authorization: "Bearer sk_test_emulator_platform_key",
          "content-type": "application/x-www-form-urlencoded",
          "stripe-account": accountId,
        }
        const created = await fetch(`${process.env.STRIPE_EMULATOR_URL}/v1/payment_intents`, {
          method: "POST",
          headers,
          body: new URLSearchParams({ amount: "1500", currency: "usd", confirm: "true", payment_method: "pm_card_visa" }).toString(),
        })
        expect(created.status).toBe(200)
        const { id } = (await created.json()) as { id: string }
        const refunded = await fetch(`${process.env.STRIPE_EMULATOR_URL}/v1/refunds`, {
          method: "POST",
          headers,
          body: new URLSearchParams({ payment_intent: id, amount: "500" }).toString(),
        })
        expect(refunded.status).toBe(200)

        const succeeded = await latestEvent(accountId, "payment_intent.succeeded")
        expect(succeeded.account).toBe(accountId)
        expect(await handlePaymentIntentEvent({ event: succeeded, container: container() })).toEqual(
          expect.objectContaining({ applied: false, payment_id: null })
        )
        const chargeRefunded = await latestEvent(accountId, "charge.refunded")
        expect(await handleChargeRefundedEvent({ event: chargeRefunded, container: container() })).toEqual({
          applied: false,
          payment_id: null,
        })
        expect((await api.get("/admin/stripe-connect/payments", as(admin))).data.count).toBe(0)
      })
    })
  },
})
