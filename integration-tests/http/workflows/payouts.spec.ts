import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { emulatorStripe } from "../webhooks/helpers"
import { createStripePayoutWorkflow } from "../../../src/workflows/payouts/workflows/create-stripe-payout"
import { updatePayoutScheduleWorkflow } from "../../../src/workflows/payouts/workflows/update-payout-schedule"
import { failAtStripe, messagesOf, MISSING_ORDER_ID, freshOnboardedAccount, service, thenHostStepFails } from "./helpers"

jest.setTimeout(180_000)

const payoutThenHostFails = thenHostStepFails("test-create-stripe-payout-then-host-fails", createStripePayoutWorkflow)
const scheduleThenHostFails = thenHostStepFails("test-update-payout-schedule-then-host-fails", updatePayoutScheduleWorkflow)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let accountId: string
    const container = (): MedusaContainer => getContainer()
    const stripe = emulatorStripe()

    beforeEach(async () => {
      accountId = await freshOnboardedAccount(api, container())
      await emulator("POST", "/balance/add", { account: accountId, amount: 20000, currency: "usd" })
    })

    const payoutInput = (requestId: string) => ({
      account_id: accountId,
      merchant_id: "merchant_wf",
      amount: 5000,
      currency: "usd",
      method: "standard" as const,
      request_id: requestId,
    })
    const scheduleAtStripe = async () => (await stripe.accounts.retrieve(accountId)).settings?.payouts?.schedule

    describe("createStripePayoutWorkflow", () => {
      it("should pay out at Stripe and store the payout", async () => {
        const { result, errors } = await createStripePayoutWorkflow(container()).run({ input: payoutInput("req_po_ok"), throwOnError: false })
        expect(errors).toEqual([])
        const atStripe = await stripe.payouts.retrieve(result.payout.id, {}, { stripeAccount: accountId })
        expect(atStripe).toEqual(expect.objectContaining({ amount: 5000, status: "pending" }))
        expect(await service(container()).listStripeConnectPayouts({ payout_id: atStripe.id })).toEqual([
          expect.objectContaining({ amount: 5000, stripe_account_id: accountId, merchant_id: "merchant_wf", request_id: "req_po_ok" }),
        ])
      })

      it("should cancel the payout at Stripe and delete the stored payout when a later step fails", async () => {
        const { errors } = await payoutThenHostFails(container()).run({ input: payoutInput("req_po_comp"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        const [made] = (await stripe.payouts.list({ limit: 10 }, { stripeAccount: accountId })).data
        expect(made).toEqual(expect.objectContaining({ amount: 5000, status: "canceled" }))
        const cancels = await emulatorRequests({ method: "POST", path: `/v1/payouts/${made.id}/cancel` })
        expect(cancels.map((request) => request.status)).toEqual([200])
        expect(await service(container()).listStripeConnectPayouts({ payout_id: made.id }, { withDeleted: true })).toEqual([])
      })

      it("should make and store nothing when Stripe refuses the payout", async () => {
        await failAtStripe("POST", "/v1/payouts")
        const { errors } = await createStripePayoutWorkflow(container()).run({ input: payoutInput("req_po_fault"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain("pay out")
        expect((await stripe.payouts.list({ limit: 10 }, { stripeAccount: accountId })).data).toEqual([])
        expect(await service(container()).listStripeConnectPayouts({ stripe_account_id: accountId }, { withDeleted: true })).toEqual([])
      })
    })

    describe("updatePayoutScheduleWorkflow", () => {
      it("should set the schedule at Stripe and answer the schedule Stripe keeps", async () => {
        const { result, errors } = await updatePayoutScheduleWorkflow(container()).run({
          input: { account_id: accountId, interval: "weekly", weekly_anchor: "friday" },
          throwOnError: false,
        })
        expect(errors).toEqual([])
        expect(result.schedule).toEqual(expect.objectContaining({ interval: "weekly", weekly_anchor: "friday" }))
        expect(await scheduleAtStripe()).toEqual(expect.objectContaining({ interval: "weekly", weekly_anchor: "friday" }))
      })

      it("should put the previous schedule back at Stripe when a later step fails", async () => {
        await updatePayoutScheduleWorkflow(container()).run({ input: { account_id: accountId, interval: "monthly", monthly_anchor: 15, delay_days: 7 } })
        const before = await scheduleAtStripe()
        const { errors } = await scheduleThenHostFails(container()).run({
          input: { account_id: accountId, interval: "weekly", weekly_anchor: "friday" },
          throwOnError: false,
        })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        expect(await scheduleAtStripe()).toEqual(before)
        expect(before).toEqual(expect.objectContaining({ interval: "monthly", monthly_anchor: 15, delay_days: 7 }))
        const updates = await emulatorRequests({ method: "POST", path: `/v1/accounts/${accountId}` })
        expect(updates.filter((request) => request.path === `/v1/accounts/${accountId}`).map((request) => request.status)).toEqual([200, 200, 200])
      })
    })
  },
})
