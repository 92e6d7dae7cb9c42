import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests, latestEvent } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { emulatorStripe, settledEvent, signPayload } from "../webhooks/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import recoverPendingMoneyIntents from "../../../src/jobs/recover-pending-money-intents"

jest.setTimeout(600_000)

const PLATFORM_SECRET = (process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM || "whsec_dev_platform_secret").split(",")[0]

type Answer = { status: number; data: Record<string, unknown> }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const stripe = emulatorStripe()

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_crash")
    })

    const post = (path: string, body: object, key?: string): Promise<Answer> =>
      api.post(path, body, {
        headers: { ...admin.headers, ...(key ? { "Idempotency-Key": key } : {}) },
        validateStatus: () => true,
      })
    /** Stripe makes the change, and its answer is lost on the way back (see the emulator's `after` faults). */
    const loseAnswerOf = (path: string) => emulator("POST", "/faults", { method: "POST", path, after: true })
    const pendingIntents = () => service().listStripeConnectMoneyIntents({ status: "pending" })
    const recover = () => recoverPendingMoneyIntents(container(), { graceSeconds: 0 })
    /** The requests Stripe executed (replays of an idempotency key answer without executing again). */
    const executed = async (path: string) =>
      (await emulatorRequests({ method: "POST", path })).filter((request) => !request.idempotent_replayed)

    async function authorizedPayment(amount = 3000): Promise<string> {
      const created = await post("/admin/stripe-connect/payments", {
        account_id: accountId,
        amount,
        currency: "usd",
        application_fee_amount: 90,
        payment_method_types: ["card"],
      })
      expect(created.status).toBe(200)
      const pi = String(created.data.payment_intent_id)
      await emulator("POST", `/payment_intents/${pi}/confirm`, { payment_method: "pm_card_visa" })
      return pi
    }

    describe("a transfer whose answer was lost", () => {
      beforeEach(async () => {
        await emulator("POST", "/balance/add", { amount: 50_000, currency: "usd" })
      })

      it("should be recorded once by the recovery job, asking Stripe again with the stored key", async () => {
        await loseAnswerOf("/v1/transfers")
        const failed = await post("/admin/stripe-connect/transfers", { account_id: accountId, amount: 1200, currency: "usd" })
        expect(failed.status).toBe(502)
        expect(await service().listStripeConnectTransfers({})).toHaveLength(0)
        const [pending] = await pendingIntents()
        expect(pending).toEqual(expect.objectContaining({ kind: "transfer", amount: 1200, status: "pending" }))

        expect(await recover()).toBe(1)

        const atStripe = (await stripe.transfers.list({ limit: 10 })).data
        expect(atStripe).toHaveLength(1)
        const stored = await service().listStripeConnectTransfers({})
        expect(stored).toEqual([expect.objectContaining({ transfer_id: atStripe[0].id, amount: 1200, merchant_id: "merchant_crash" })])
        const requests = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(requests.map((request) => request.idempotency_key)).toEqual([pending.stripe_idempotency_key, pending.stripe_idempotency_key])
        expect(await executed("/v1/transfers")).toHaveLength(1)
        expect(await pendingIntents()).toEqual([])
        expect(await recover()).toBe(0)
      })

      it("should be asked of Stripe once when two runs of the recovery job overlap (one holds the tick, one skips)", async () => {
        await loseAnswerOf("/v1/transfers")
        const failed = await post("/admin/stripe-connect/transfers", { account_id: accountId, amount: 1250, currency: "usd" })
        expect(failed.status).toBe(502)

        const completed = await Promise.all([recover(), recover()])
        expect(completed.sort()).toEqual([0, 1])
        // The lost request and one recovery: the run that found the tick held never asked Stripe.
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(2)
        expect(await service().listStripeConnectTransfers({})).toEqual([expect.objectContaining({ amount: 1250 })])
        // Released at the end: the next call runs (and finds nothing left to do).
        expect(await recover()).toBe(0)
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(2)
      })

      it("should be recorded once when its transfer.created event arrives", async () => {
        await loseAnswerOf("/v1/transfers")
        const failed = await post("/admin/stripe-connect/transfers", { account_id: accountId, amount: 1300, currency: "usd" })
        expect(failed.status).toBe(502)
        const event = await latestEvent(null, "transfer.created")
        const payload = JSON.stringify(event)
        const delivered = await api.post("/hooks/stripe-connect/platform", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, PLATFORM_SECRET) },
          validateStatus: () => true,
          transformRequest: [(data: string) => data],
        })
        expect(delivered.status).toBe(200)
        expect((await settledEvent(container(), event.id)).status).toBe("processed")

        const atStripe = (await stripe.transfers.list({ limit: 10 })).data
        expect(atStripe).toHaveLength(1)
        expect(await service().listStripeConnectTransfers({})).toEqual([expect.objectContaining({ transfer_id: atStripe[0].id, amount: 1300 })])
        expect(await pendingIntents()).toEqual([])
        expect(await executed("/v1/transfers")).toHaveLength(1)
      })

      it("should be transferred once when the client retries with its Idempotency-Key", async () => {
        await loseAnswerOf("/v1/transfers")
        const body = { account_id: accountId, amount: 1400, currency: "usd" }
        expect((await post("/admin/stripe-connect/transfers", body, "crash-tr-1")).status).toBe(502)
        const retried = await post("/admin/stripe-connect/transfers", body, "crash-tr-1")
        expect(retried.status).toBe(200)
        const atStripe = (await stripe.transfers.list({ limit: 10 })).data
        expect(atStripe.map((transfer) => transfer.id)).toEqual([retried.data.transfer_id])
        expect(await service().listStripeConnectTransfers({})).toHaveLength(1)
        expect(await pendingIntents()).toEqual([])
      })

      it("should leave no intent when Stripe refused the transfer", async () => {
        const refused = await post("/admin/stripe-connect/transfers", { account_id: accountId, amount: 900_000, currency: "usd" })
        expect(refused.status).toBe(400)
        expect(refused.data.code).toBe("insufficient_balance")
        expect(await service().listStripeConnectMoneyIntents({})).toEqual([])
        expect(await recover()).toBe(0)
      })
    })

    describe("a refund whose answer was lost", () => {
      it("should be recorded once with the amount decided the first time, by the job or by the client's retry", async () => {
        const pi = await authorizedPayment()
        expect((await post(`/admin/stripe-connect/payments/${pi}/capture`, {})).status).toBe(200)
        await loseAnswerOf("/v1/refunds")
        // No amount: everything left (3000) is decided once and stored on the intent.
        expect((await post(`/admin/stripe-connect/payments/${pi}/refund`, {}, "crash-ref-1")).status).toBe(502)
        const [pending] = await pendingIntents()
        expect(pending).toEqual(expect.objectContaining({ kind: "refund", amount: 3000, target_id: pi }))

        const retried = await post(`/admin/stripe-connect/payments/${pi}/refund`, {}, "crash-ref-1")
        expect(retried.status).toBe(200)
        expect(retried.data).toEqual(expect.objectContaining({ amount: 3000 }))
        expect(await recover()).toBe(0)

        const atStripe = (await stripe.refunds.list({ payment_intent: pi })).data
        expect(atStripe.map((refund) => refund.amount)).toEqual([3000])
        expect(await service().listStripeConnectRefunds({})).toEqual([expect.objectContaining({ refund_id: atStripe[0].id, amount: 3000 })])
        const [payment] = await service().listStripeConnectPayments({ payment_intent_id: pi })
        expect(payment.amount_refunded).toBe(3000)
        expect(await executed("/v1/refunds")).toHaveLength(1)
      })

      it("should be recorded once by the recovery job", async () => {
        const pi = await authorizedPayment()
        expect((await post(`/admin/stripe-connect/payments/${pi}/capture`, {})).status).toBe(200)
        await loseAnswerOf("/v1/refunds")
        expect((await post(`/admin/stripe-connect/payments/${pi}/refund`, { amount: 1000 })).status).toBe(502)
        expect(await service().listStripeConnectRefunds({})).toHaveLength(0)

        expect(await recover()).toBe(1)

        const atStripe = (await stripe.refunds.list({ payment_intent: pi })).data
        expect(atStripe.map((refund) => refund.amount)).toEqual([1000])
        expect(await service().listStripeConnectRefunds({})).toEqual([expect.objectContaining({ refund_id: atStripe[0].id, amount: 1000 })])
        const [payment] = await service().listStripeConnectPayments({ payment_intent_id: pi })
        expect(payment.amount_refunded).toBe(1000)
        expect(await executed("/v1/refunds")).toHaveLength(1)
      })
    })

    describe("a payout whose answer was lost", () => {
      it("should be recorded once by the recovery job", async () => {
        await emulator("POST", "/balance/add", { account: accountId, amount: 8000, currency: "usd" })
        await loseAnswerOf("/v1/payouts")
        const failed = await post(`/admin/stripe-connect/accounts/${accountId}/payouts`, { amount: 5000, currency: "usd" })
        expect(failed.status).toBe(502)

        expect(await recover()).toBe(1)

        const atStripe = (await stripe.payouts.list({ limit: 10 }, { stripeAccount: accountId })).data
        expect(atStripe.map((payout) => payout.amount)).toEqual([5000])
        expect(await service().listStripeConnectPayouts({ stripe_account_id: accountId })).toEqual([
          expect.objectContaining({ payout_id: atStripe[0].id, amount: 5000, merchant_id: "merchant_crash" }),
        ])
        expect(await executed("/v1/payouts")).toHaveLength(1)
        expect(await pendingIntents()).toEqual([])
      })
    })

    describe("a capture whose answer was lost", () => {
      it("should be recorded once by the recovery job", async () => {
        const pi = await authorizedPayment()
        await loseAnswerOf("/v1/payment_intents/*/capture")
        expect((await post(`/admin/stripe-connect/payments/${pi}/capture`, { amount_to_capture: 2000 })).status).toBe(502)
        const [before] = await service().listStripeConnectPayments({ payment_intent_id: pi })
        expect(before.amount_captured).toBe(0)

        expect(await recover()).toBe(1)

        const [after] = await service().listStripeConnectPayments({ payment_intent_id: pi })
        expect(after).toEqual(expect.objectContaining({ status: "succeeded", amount_captured: 2000 }))
        expect((await stripe.paymentIntents.retrieve(pi)).amount_received).toBe(2000)
        const captures = await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${pi}/capture` })
        expect(captures.map((request) => request.idempotency_key)).toEqual([
          `stripe-connect:capture:${pi}:2000:1`,
          `stripe-connect:capture:${pi}:2000:1`,
        ])
        expect(await executed(`/v1/payment_intents/${pi}/capture`)).toHaveLength(1)
      })

      it("should settle the first partial capture before a second one is decided, never reusing its key", async () => {
        const pi = await authorizedPayment()
        await loseAnswerOf("/v1/payment_intents/*/capture")
        expect((await post(`/admin/stripe-connect/payments/${pi}/capture`, { amount_to_capture: 1000 })).status).toBe(502)

        // The second partial capture first completes the first (Stripe answers it again), then finds nothing left
        // to capture: Stripe keeps one capture per payment intent.
        const second = await post(`/admin/stripe-connect/payments/${pi}/capture`, { amount_to_capture: 500 })
        expect(second.status).toBe(400)
        expect(second.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "payment_intent_id" }))

        const [payment] = await service().listStripeConnectPayments({ payment_intent_id: pi })
        expect(payment).toEqual(expect.objectContaining({ status: "succeeded", amount_captured: 1000 }))
        const captures = await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${pi}/capture` })
        expect(captures.map((request) => request.idempotency_key)).toEqual([
          `stripe-connect:capture:${pi}:1000:1`,
          `stripe-connect:capture:${pi}:1000:1`,
        ])
        expect(await executed(`/v1/payment_intents/${pi}/capture`)).toHaveLength(1)
        expect(await pendingIntents()).toEqual([])
        expect(await service().listStripeConnectMoneyIntents({ kind: "capture", target_id: pi })).toEqual([
          expect.objectContaining({ status: "completed", amount: 1000 }),
        ])
      })
    })
  },
})
