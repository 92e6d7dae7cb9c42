import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { emulatorStripe } from "../webhooks/helpers"
import { createStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/create-stripe-payment"
import { submitDisputeEvidenceWorkflow } from "../../../src/workflows/disputes/workflows/submit-dispute-evidence"
import { messagesOf, MISSING_ORDER_ID, service, thenHostStepFails } from "./helpers"

jest.setTimeout(180_000)

const submitThenHostFails = thenHostStepFails("test-submit-dispute-evidence-then-host-fails", submitDisputeEvidenceWorkflow)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const stripe = emulatorStripe()

    beforeEach(async () => {
      await emulator("POST", "/reset")
      await emulator("POST", "/webhooks/config", { auto_deliver: false })
      const admin = await createAdminUser(container(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_wf")
    })

    /** A paid destination charge made by the plugin, then disputed by the customer. */
    async function openDispute(requestId: string): Promise<{ dispute: string; pi: string; paymentId: string }> {
      const { result } = await createStripePaymentWorkflow(container()).run({
        input: { account_id: accountId, amount: 2500, currency: "usd", application_fee_amount: 0, capture_method: "automatic", request_id: requestId },
      })
      await emulator("POST", `/payment_intents/${result.intent.id}/succeed`)
      const charge = String((await stripe.paymentIntents.retrieve(result.intent.id)).latest_charge)
      const { id } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, { reason: "fraudulent" })
      return { dispute: id, pi: result.intent.id, paymentId: result.payment.id }
    }

    const evidenceInput = (dispute: string, evidence: Record<string, string>, submit = false) => ({ dispute_id: dispute, evidence, uploads: [], submit })

    describe("submitDisputeEvidenceWorkflow", () => {
      it("should stage the evidence at Stripe, store the dispute with it and mark the payment disputed", async () => {
        const { dispute, pi, paymentId } = await openDispute("req_dp_ok")
        const { result, errors } = await submitDisputeEvidenceWorkflow(container()).run({
          input: evidenceInput(dispute, { customer_name: "Ada Buyer", product_description: "A mug" }),
          throwOnError: false,
        })
        expect(errors).toEqual([])
        expect(result.dispute).toEqual(
          expect.objectContaining({ dispute_id: dispute, payment_intent_id: pi, status: "needs_response", staged_evidence: { customer_name: "Ada Buyer", product_description: "A mug" } })
        )
        const atStripe = await stripe.disputes.retrieve(dispute)
        expect(atStripe.evidence).toEqual(expect.objectContaining({ customer_name: "Ada Buyer", product_description: "A mug" }))
        expect(await service(container()).retrieveStripeConnectPayment(paymentId)).toEqual(expect.objectContaining({ dispute_status: "needs_response" }))
      })

      it("should put the previous evidence back at Stripe and restore the stored dispute when a later step fails", async () => {
        const { dispute } = await openDispute("req_dp_comp")
        await submitDisputeEvidenceWorkflow(container()).run({ input: evidenceInput(dispute, { customer_name: "Ada Buyer" }) })
        const [storedBefore] = await service(container()).listStripeConnectDisputes({ dispute_id: dispute })

        const { errors } = await submitThenHostFails(container()).run({
          input: evidenceInput(dispute, { customer_name: "Someone Else", product_description: "A mug" }),
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        const atStripe = await stripe.disputes.retrieve(dispute)
        expect(atStripe.evidence.customer_name).toBe("Ada Buyer")
        expect(atStripe.evidence.product_description ?? "").toBe("")
        const [storedAfter] = await service(container()).listStripeConnectDisputes({ dispute_id: dispute })
        expect(storedAfter.staged_evidence).toEqual(storedBefore.staged_evidence)
        expect(storedAfter.status).toBe(storedBefore.status)
      })

      it("should keep a submission at Stripe when a later step fails: submitted evidence cannot be taken back", async () => {
        const { dispute } = await openDispute("req_dp_submit")
        const { errors } = await submitThenHostFails(container()).run({
          input: evidenceInput(dispute, { customer_name: "Ada Buyer" }, true),
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        const atStripe = await stripe.disputes.retrieve(dispute)
        expect(atStripe).toEqual(expect.objectContaining({ status: "under_review", evidence: expect.objectContaining({ customer_name: "Ada Buyer" }) }))
        expect((await emulatorRequests({ method: "POST", path: `/v1/disputes/${dispute}` })).filter((request) => request.path === `/v1/disputes/${dispute}`)).toHaveLength(1)
      })
    })
  },
})
