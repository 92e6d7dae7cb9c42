import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { emulatorStripe } from "../webhooks/helpers"
import { createTestOrder, seedStore } from "../invoices/fixtures"
import { createStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/create-stripe-payment"
import { captureStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/capture-stripe-payment"
import { refundStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/refund-stripe-payment"
import { failAtStripe, messagesOf, MISSING_ORDER_ID, orderLinkedIds, service, thenHostStepFails } from "./helpers"

jest.setTimeout(600_000)

const createThenHostFails = thenHostStepFails("test-create-stripe-payment-then-host-fails", createStripePaymentWorkflow)
const captureThenHostFails = thenHostStepFails("test-capture-stripe-payment-then-host-fails", captureStripePaymentWorkflow)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let accountId: string
    let orderId: string
    const container = (): MedusaContainer => getContainer()
    const stripe = emulatorStripe()

    beforeAll(async () => {
      const store = await seedStore(container())
      orderId = (await createTestOrder(container(), store)).id
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      const admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_wf")
    })

    const paymentInput = (requestId: string) => ({
      account_id: accountId,
      amount: 10000,
      currency: "usd",
      application_fee_amount: 300,
      capture_method: "manual" as const,
      request_id: requestId,
    })

    const orderPaymentIds = () => orderLinkedIds(container(), orderId, "stripe_connect_payment_id")

    /** A payment made by the workflow and authorized by the customer (requires_capture). */
    async function authorizedPayment(requestId: string) {
      const { result } = await createStripePaymentWorkflow(container()).run({ input: paymentInput(requestId) })
      await emulator("POST", `/payment_intents/${result.intent.id}/confirm`)
      return result.payment
    }

    /** A payment captured in full. */
    async function capturedPayment(requestId: string) {
      const payment = await authorizedPayment(requestId)
      const { result } = await captureStripePaymentWorkflow(container()).run({
        input: { payment_id: payment.id, payment_intent_id: payment.payment_intent_id, stripe_account_id: accountId, application_fee_amount: 300 },
      })
      return result
    }

    describe("createStripePaymentWorkflow", () => {
      it("should create the destination charge at Stripe, store it and link it to the order", async () => {
        const { result, errors } = await createStripePaymentWorkflow(container()).run({
          input: { ...paymentInput("req_pay_ok"), order_id: orderId },
          throwOnError: false,
        })
        expect(errors).toEqual([])
        const atStripe = await stripe.paymentIntents.retrieve(result.intent.id)
        expect(atStripe).toEqual(
          expect.objectContaining({ amount: 10000, application_fee_amount: 300, status: "requires_payment_method", transfer_data: expect.objectContaining({ destination: accountId }) })
        )
        const [stored] = await service(container()).listStripeConnectPayments({ payment_intent_id: result.intent.id })
        expect(stored).toEqual(expect.objectContaining({ id: result.payment.id, amount: 10000, application_fee_amount: 300, stripe_account_id: accountId, merchant_id: "merchant_wf" }))
        expect(await orderPaymentIds()).toContain(result.payment.id)
      })

      it("should cancel the payment intent at Stripe, delete the stored payment and its order link when a later step fails", async () => {
        const linkedBefore = await orderPaymentIds()
        const { errors } = await createThenHostFails(container()).run({ input: { ...paymentInput("req_pay_comp"), order_id: orderId }, throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)

        const intentId = String((await stripe.paymentIntents.list({ limit: 1 })).data[0].id)
        expect((await stripe.paymentIntents.retrieve(intentId)).status).toBe("canceled")
        const cancels = await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${intentId}/cancel` })
        expect(cancels.map((request) => request.status)).toEqual([200])
        expect(await service(container()).listStripeConnectPayments({ payment_intent_id: intentId }, { withDeleted: true })).toEqual([])
        expect(await orderPaymentIds()).toEqual(linkedBefore)
      })
    })

    describe("captureStripePaymentWorkflow", () => {
      it("should capture at Stripe with the fee in proportion and store Stripe's amounts", async () => {
        const payment = await authorizedPayment("req_cap_ok")
        const { result, errors } = await captureStripePaymentWorkflow(container()).run({
          input: { payment_id: payment.id, payment_intent_id: payment.payment_intent_id, stripe_account_id: accountId, application_fee_amount: 300, amount_to_capture: 5000 },
          throwOnError: false,
        })
        expect(errors).toEqual([])
        expect(result).toEqual(expect.objectContaining({ id: payment.id, status: "succeeded", amount_captured: 5000, application_fee_collected: 150 }))
        const atStripe = await stripe.paymentIntents.retrieve(payment.payment_intent_id)
        expect(atStripe).toEqual(expect.objectContaining({ status: "succeeded", amount_received: 5000 }))
      })

      it("should change nothing, at Stripe or stored, when Stripe refuses the capture (the workflow's second Stripe call)", async () => {
        const payment = await authorizedPayment("req_cap_fault")
        const before = await service(container()).retrieveStripeConnectPayment(payment.id)
        await failAtStripe("POST", "/v1/payment_intents/*/capture")
        const { errors } = await captureStripePaymentWorkflow(container()).run({
          input: { payment_id: payment.id, payment_intent_id: payment.payment_intent_id, stripe_account_id: accountId, application_fee_amount: 300 },
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain("capture")
        expect((await stripe.paymentIntents.retrieve(payment.payment_intent_id)).status).toBe("requires_capture")
        expect(await service(container()).retrieveStripeConnectPayment(payment.id)).toEqual(before)
      })

      it("should leave the capture at Stripe in place when a later step fails: a capture cannot be undone", async () => {
        const payment = await authorizedPayment("req_cap_comp")
        const { errors } = await captureThenHostFails(container()).run({
          input: { payment_id: payment.id, payment_intent_id: payment.payment_intent_id, stripe_account_id: accountId, application_fee_amount: 300 },
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        expect((await stripe.paymentIntents.retrieve(payment.payment_intent_id)).status).toBe("succeeded")
        expect(await service(container()).retrieveStripeConnectPayment(payment.id)).toEqual(
          expect.objectContaining({ status: "succeeded", amount_captured: payment.amount })
        )
        expect(await emulatorRequests({ method: "POST", path: `/v1/payment_intents/${payment.payment_intent_id}/cancel` })).toEqual([])
        expect(await emulatorRequests({ method: "POST", path: "/v1/refunds" })).toEqual([])
      })
    })

    describe("refundStripePaymentWorkflow", () => {
      it("should refund at Stripe, reverse the transfer, and store the refund and the payment's new amounts", async () => {
        const payment = await capturedPayment("req_ref_ok")
        const { result, errors } = await refundStripePaymentWorkflow(container()).run({
          input: { payment_id: payment.id, payment_intent_id: payment.payment_intent_id, stripe_account_id: accountId, amount: 2500, refund_application_fee: true, request_id: "req_ref_ok_1" },
          throwOnError: false,
        })
        expect(errors).toEqual([])
        expect(result.refund).toEqual(expect.objectContaining({ amount: 2500, application_fee_refunded: 75 }))
        expect(result.payment).toEqual(expect.objectContaining({ amount_refunded: 2500, application_fee_refunded: 75 }))
        const refunds = await stripe.refunds.list({ payment_intent: payment.payment_intent_id })
        expect(refunds.data.map((refund) => refund.amount)).toEqual([2500])
        expect(await service(container()).listStripeConnectRefunds({ refund_id: refunds.data[0].id })).toHaveLength(1)
        const charge = await stripe.charges.retrieve(String(payment.latest_charge_id))
        expect((await stripe.transfers.retrieve(String(charge.transfer))).amount_reversed).toBe(2500)
      })

      it("should keep Stripe's refund and its stored record when a later step fails (the payment is gone)", async () => {
        const payment = await capturedPayment("req_ref_comp")
        // An operator removed the stored payment meanwhile: storing the refund works, updating the payment fails.
        await service(container()).softDeleteStripeConnectPayments(payment.id)
        const { errors } = await refundStripePaymentWorkflow(container()).run({
          input: { payment_id: payment.id, payment_intent_id: payment.payment_intent_id, stripe_account_id: accountId, amount: 2500, refund_application_fee: false, request_id: "req_ref_comp_1" },
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain(payment.id)
        const refunds = await stripe.refunds.list({ payment_intent: payment.payment_intent_id })
        expect(refunds.data.map((refund) => refund.amount)).toEqual([2500])
        expect(await service(container()).listStripeConnectRefunds({ refund_id: refunds.data[0].id })).toEqual([
          expect.objectContaining({ amount: 2500, request_id: "req_ref_comp_1" }),
        ])
      })
    })
  },
})
