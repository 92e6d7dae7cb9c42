import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { emulatorStripe } from "../webhooks/helpers"
import { createStripeTransferWorkflow } from "../../../src/workflows/transfers/workflows/create-stripe-transfer"
import { reverseStripeTransferWorkflow } from "../../../src/workflows/transfers/workflows/reverse-stripe-transfer"
import { failAtStripe, messagesOf, MISSING_ORDER_ID, freshOnboardedAccount, service, thenHostStepFails } from "./helpers"

jest.setTimeout(600_000)

const createThenHostFails = thenHostStepFails("test-create-stripe-transfer-then-host-fails", createStripeTransferWorkflow)
const reverseThenHostFails = thenHostStepFails("test-reverse-stripe-transfer-then-host-fails", reverseStripeTransferWorkflow)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const stripe = emulatorStripe()

    beforeEach(async () => {
      accountId = await freshOnboardedAccount(api, container())
      await emulator("POST", "/balance/add", { amount: 50000, currency: "usd" })
    })

    const transferInput = (requestId: string) => ({ account_id: accountId, merchant_id: "merchant_wf", amount: 10000, currency: "usd", request_id: requestId })

    async function storedTransfer(requestId: string) {
      const { result } = await createStripeTransferWorkflow(container()).run({ input: transferInput(requestId) })
      return result.transfer
    }

    const reverseInput = (transfer: { id: string; transfer_id: string }, requestId: string) => ({
      id: transfer.id,
      transfer_id: transfer.transfer_id,
      stripe_account_id: accountId,
      amount: 4000,
      request_id: requestId,
    })

    describe("createStripeTransferWorkflow", () => {
      it("should transfer at Stripe and store the transfer", async () => {
        const { result, errors } = await createStripeTransferWorkflow(container()).run({ input: transferInput("req_tr_ok"), throwOnError: false })
        expect(errors).toEqual([])
        const atStripe = await stripe.transfers.retrieve(result.transfer.transfer_id)
        expect(atStripe).toEqual(expect.objectContaining({ amount: 10000, amount_reversed: 0, destination: accountId }))
        expect(await service(container()).listStripeConnectTransfers({ transfer_id: atStripe.id })).toEqual([
          expect.objectContaining({ id: result.transfer.id, amount: 10000, merchant_id: "merchant_wf", request_id: "req_tr_ok" }),
        ])
      })

      it("should reverse the transfer in full at Stripe and delete the stored transfer when a later step fails", async () => {
        const { errors } = await createThenHostFails(container()).run({ input: transferInput("req_tr_comp"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)

        const [made] = (await stripe.transfers.list({ limit: 10 })).data
        expect(made).toEqual(expect.objectContaining({ amount: 10000, amount_reversed: 10000, reversed: true }))
        const reversals = await emulatorRequests({ method: "POST", path: `/v1/transfers/${made.id}/reversals` })
        expect(reversals.map((request) => request.status)).toEqual([200])
        expect(reversals[0].idempotency_key).toContain("compensate")
        expect(await service(container()).listStripeConnectTransfers({ transfer_id: made.id }, { withDeleted: true })).toEqual([])
      })
    })

    describe("reverseStripeTransferWorkflow", () => {
      it("should reverse part of the transfer at Stripe and store the reversed amount", async () => {
        const transfer = await storedTransfer("req_rev_ok")
        const { result, errors } = await reverseStripeTransferWorkflow(container()).run({ input: reverseInput(transfer, "req_rev_ok_1"), throwOnError: false })
        expect(errors).toEqual([])
        expect(result.reversal).toEqual(expect.objectContaining({ amount: 4000 }))
        expect((await stripe.transfers.retrieve(transfer.transfer_id)).amount_reversed).toBe(4000)
        expect(await service(container()).retrieveStripeConnectTransfer(transfer.id)).toEqual(expect.objectContaining({ amount_reversed: 4000 }))
      })

      it("should change nothing when Stripe refuses the reversal (the workflow's second Stripe call)", async () => {
        const transfer = await storedTransfer("req_rev_fault")
        const before = await service(container()).retrieveStripeConnectTransfer(transfer.id)
        await failAtStripe("POST", "/v1/transfers/*/reversals")
        const { errors } = await reverseStripeTransferWorkflow(container()).run({ input: reverseInput(transfer, "req_rev_fault_1"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain("reverse transfer")
        expect((await stripe.transfers.retrieve(transfer.transfer_id)).amount_reversed).toBe(0)
        expect(await service(container()).retrieveStripeConnectTransfer(transfer.id)).toEqual(before)
      })

      it("should keep the reversal at Stripe when a later step fails: a reversal cannot be undone", async () => {
        const transfer = await storedTransfer("req_rev_comp")
        const { errors } = await reverseThenHostFails(container()).run({ input: reverseInput(transfer, "req_rev_comp_1"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        expect((await stripe.transfers.retrieve(transfer.transfer_id)).amount_reversed).toBe(4000)
        expect((await service(container()).retrieveStripeConnectTransfer(transfer.id)).amount_reversed).toBe(4000)
        // No new transfer puts the reversed funds back.
        expect((await emulatorRequests({ method: "POST", path: "/v1/transfers" })).filter((request) => request.path === "/v1/transfers")).toHaveLength(1)
      })
    })
  },
})
