import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { emulatorStripe, freePortSync } from "../webhooks/helpers"
import { createTestOrder, seedStore, type OrderTotals } from "../invoices/fixtures"
import { sendOrderInvoiceWorkflow } from "../../../src/workflows/invoices/workflows/send-order-invoice"
import { voidOrderInvoiceWorkflow } from "../../../src/workflows/invoices/workflows/void-order-invoice"
import { refundOrderInvoiceWorkflow } from "../../../src/workflows/invoices/workflows/refund-order-invoice"
import { failAtStripe, messagesOf, MISSING_ORDER_ID, orderLinkedIds, service, thenHostStepFails, connectIntegration } from "./helpers"

jest.setTimeout(240_000)

// Connecting an integration registers a webhook endpoint on this app; deliveries are switched off below, so
// only the workflows under test write.
process.env.PORT = String(freePortSync())

const voidThenHostFails = thenHostStepFails("test-void-order-invoice-then-host-fails", voidOrderInvoiceWorkflow)
const refundThenHostFails = thenHostStepFails("test-refund-order-invoice-then-host-fails", refundOrderInvoiceWorkflow)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { regionId: string; salesChannelId: string }
    let order: OrderTotals
    let admin: TestAdmin
    let integrationId: string
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const stripe = emulatorStripe()

    beforeAll(async () => {
      store = await seedStore(container())
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      await emulator("POST", "/webhooks/config", { auto_deliver: false })
      order = await createTestOrder(container(), store)
      admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      ;({ id: integrationId, account: accountId } = await connectIntegration(api, admin, "merchant_a"))
    })

    const sendInput = () => ({ order_id: order.id, integration_id: integrationId, days_until_due: 14, actor_id: admin.userId })
    const minor = (major: number) => Math.round(major * 100)

    async function sentInvoice() {
      const { result } = await sendOrderInvoiceWorkflow(container()).run({ input: sendInput() })
      return result
    }

    /** Sent, then paid by the customer at (emulated) Stripe; with the id of the charge that paid it. */
    async function paidInvoice() {
      const invoice = await sentInvoice()
      await emulator("POST", `/invoices/${invoice.stripe_invoice_id}/pay`, { account: accountId })
      const [payment] = (await stripe.invoicePayments.list({ invoice: invoice.stripe_invoice_id }, { stripeAccount: accountId })).data
      const intent = await stripe.paymentIntents.retrieve(String(payment.payment.payment_intent), {}, { stripeAccount: accountId })
      return { invoice, chargeId: String(intent.latest_charge) }
    }

    const orderInvoiceIds = () => orderLinkedIds(container(), order.id, "stripe_connect_invoice_id")

    describe("sendOrderInvoiceWorkflow", () => {
      it("should create, finalize and send the invoice at Stripe for the order total, store it and link it to the order", async () => {
        const { result, errors } = await sendOrderInvoiceWorkflow(container()).run({ input: sendInput(), throwOnError: false })
        expect(errors).toEqual([])
        expect(result).toEqual(expect.objectContaining({ status: "open", total: minor(order.total), order_id: order.id, sent_at: expect.anything() }))
        const atStripe = await stripe.invoices.retrieve(result.stripe_invoice_id, {}, { stripeAccount: accountId })
        expect(atStripe).toEqual(expect.objectContaining({ status: "open", total: minor(order.total) }))
        expect(await orderInvoiceIds()).toEqual([result.id])
      })

      it("should void the finalized invoice, delete the new customer, remove the row and the order link when sending fails", async () => {
        await failAtStripe("POST", "/v1/invoices/*/send")
        const { errors } = await sendOrderInvoiceWorkflow(container()).run({ input: sendInput(), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain("send invoice")

        const [atStripe] = (await stripe.invoices.list({}, { stripeAccount: accountId })).data
        expect(atStripe.status).toBe("void")
        const voids = await emulatorRequests({ method: "POST", path: `/v1/invoices/${atStripe.id}/void` })
        expect(voids.map((request) => request.status)).toEqual([200])
        expect((await stripe.customers.list({}, { stripeAccount: accountId })).data).toEqual([])
        expect(await service(container()).listStripeConnectInvoices({ stripe_invoice_id: atStripe.id })).toEqual([])
        expect(await orderInvoiceIds()).toEqual([])
      })
    })

    describe("voidOrderInvoiceWorkflow", () => {
      it("should void the open invoice at Stripe and store it as void", async () => {
        const invoice = await sentInvoice()
        const { result, errors } = await voidOrderInvoiceWorkflow(container()).run({
          input: { id: invoice.id, stripe_account_id: accountId, stripe_invoice_id: invoice.stripe_invoice_id },
          throwOnError: false,
        })
        expect(errors).toEqual([])
        expect(result).toEqual(expect.objectContaining({ id: invoice.id, status: "void", voided_at: expect.anything() }))
        expect((await stripe.invoices.retrieve(invoice.stripe_invoice_id, {}, { stripeAccount: accountId })).status).toBe("void")
      })

      it("should change nothing when Stripe refuses the void (the workflow's second Stripe call)", async () => {
        const invoice = await sentInvoice()
        const before = await service(container()).retrieveStripeConnectInvoice(invoice.id)
        await failAtStripe("POST", "/v1/invoices/*/void")
        const { errors } = await voidOrderInvoiceWorkflow(container()).run({
          input: { id: invoice.id, stripe_account_id: accountId, stripe_invoice_id: invoice.stripe_invoice_id },
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain("void invoice")
        expect((await stripe.invoices.retrieve(invoice.stripe_invoice_id, {}, { stripeAccount: accountId })).status).toBe("open")
        expect(await service(container()).retrieveStripeConnectInvoice(invoice.id)).toEqual(before)
      })

      it("should keep the invoice void at Stripe when a later step fails: a void cannot be undone", async () => {
        const invoice = await sentInvoice()
        const { errors } = await voidThenHostFails(container()).run({
          input: { id: invoice.id, stripe_account_id: accountId, stripe_invoice_id: invoice.stripe_invoice_id },
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        expect((await stripe.invoices.retrieve(invoice.stripe_invoice_id, {}, { stripeAccount: accountId })).status).toBe("void")
        expect((await service(container()).retrieveStripeConnectInvoice(invoice.id)).status).toBe("void")
      })
    })

    describe("refundOrderInvoiceWorkflow", () => {
      const refundInput = (invoice: { id: string; stripe_invoice_id: string }, chargeId: string, requestId: string) => ({
        id: invoice.id,
        stripe_account_id: accountId,
        stripe_invoice_id: invoice.stripe_invoice_id,
        charge_id: chargeId,
        amount: 1000,
        reason: "damaged",
        request_id: requestId,
        actor_id: admin.userId,
      })

      it("should refund the invoice's charge at Stripe and record the refund on the invoice", async () => {
        const { invoice, chargeId } = await paidInvoice()
        const { result, errors } = await refundOrderInvoiceWorkflow(container()).run({ input: refundInput(invoice, chargeId, "req_inv_ref_ok"), throwOnError: false })
        expect(errors).toEqual([])
        expect(result.refund).toEqual(expect.objectContaining({ amount: 1000, request_id: "req_inv_ref_ok" }))
        expect(result.invoice.amount_refunded).toBe(1000)
        expect((await stripe.charges.retrieve(chargeId, {}, { stripeAccount: accountId })).amount_refunded).toBe(1000)
      })

      it("should keep Stripe's refund and its record on the invoice when a later step fails: a refund cannot be undone", async () => {
        const { invoice, chargeId } = await paidInvoice()
        const { errors } = await refundThenHostFails(container()).run({ input: refundInput(invoice, chargeId, "req_inv_ref_comp"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        expect((await stripe.charges.retrieve(chargeId, {}, { stripeAccount: accountId })).amount_refunded).toBe(1000)
        const after = await service(container()).retrieveStripeConnectInvoice(invoice.id)
        expect(after.amount_refunded).toBe(1000)
        expect(after.refunds).toEqual({ data: [expect.objectContaining({ amount: 1000, request_id: "req_inv_ref_comp" })] })
      })
    })
  },
})
