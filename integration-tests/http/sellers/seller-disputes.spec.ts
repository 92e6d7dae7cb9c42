import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { signPayload, waitFor } from "../webhooks/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { planSellerSplitWorkflow } from "../../../src/workflows/seller-transfers/workflows/plan-seller-split"

jest.setTimeout(120_000)

type HostEvent = { name: string; data: Record<string, unknown> }

const PLATFORM_SECRET = (process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM || "whsec_dev_platform_secret").split(",")[0]

// Multi-seller charges driven through the platform webhook route (docs/api.md#seller-transfers-and-reversals,
// docs/api.md#seller-disputes): the emulator's own events, signed and posted to /hooks/stripe-connect/platform.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let sellers: string[]
    const hostEvents: HostEvent[] = []
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const stripe = () => emulatorStripe()

    beforeAll(async () => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of ["stripe.seller_transfer.created", "stripe.seller_transfer.reversed"]) {
        eventBus.subscribe(
          name,
          async (event: { name: string; data: unknown }) => {
            for (const data of Array.isArray(event.data) ? event.data : [event.data]) {
              hostEvents.push({ name: event.name, data: data as Record<string, unknown> })
            }
          },
          { subscriberId: `seller-disputes-spec-${name}` }
        )
      }
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      hostEvents.length = 0
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      sellers = [
        await onboardedAccount(api, container(), admin.headers, "merchant_a"),
        await onboardedAccount(api, container(), admin.headers, "merchant_b"),
        await onboardedAccount(api, container(), admin.headers, "merchant_c"),
      ]
      await api.put(
        "/admin/stripe-connect/fees",
        { default_fee_percent: 10, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] },
        { headers: admin.headers }
      )
    })

    /** Parts 6900 / 3450 / 1150 of 11500, 10 % fees: transfers 6210 / 3105 / 1035. */
    async function capturedCharge(orderId: string): Promise<{ intent: Stripe.PaymentIntent; charge: string }> {
      const intent = await stripe().paymentIntents.create({
        amount: 11500,
        currency: "usd",
        capture_method: "manual",
        payment_method: "pm_card_visa",
        confirm: true,
        transfer_group: orderId,
        metadata: { split: "separate_charges", order_id: orderId },
      })
      await planSellerSplitWorkflow(container()).run({
        input: {
          payment_intent_id: intent.id,
          order_id: orderId,
          currency: "usd",
          shipping_amount: 1000,
          shipping_tax_amount: 0,
          discount_amount: 500,
          sellers: [
            { account_id: sellers[0], items_amount: 6000, tax_amount: 600 },
            { account_id: sellers[1], items_amount: 3000, tax_amount: 300 },
            { account_id: sellers[2], items_amount: 1000, tax_amount: 100 },
          ],
        },
      })
      const after = await stripe().paymentIntents.capture(intent.id)
      return { intent: after, charge: String(after.latest_charge) }
    }

    /** Posts the emulator's event about `objectId`, signed as Stripe signs it, to the platform webhook route. */
    async function deliverPlatformEvent(type: string, objectId: string): Promise<void> {
      const event = await waitFor(async () => {
        const { data } = await emulator<{ data: Stripe.Event[] }>("GET", `/events?type=${type}`)
        return data.find((candidate) => (candidate.data.object as { id: string }).id === objectId)
      }, `the emulator's ${type} event`)
      const payload = JSON.stringify(event)
      const response = await api.post("/hooks/stripe-connect/platform", payload, {
        headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, PLATFORM_SECRET) },
        validateStatus: () => true,
        transformRequest: [(data: string) => data],
      })
      expect(response.status).toBe(200)
    }

    const transfersTo = async (group: string, destination: string) =>
      (await stripe().transfers.list({ transfer_group: group, limit: 100 })).data.filter(
        (transfer) => transfer.destination === destination
      )
    const rowOf = async (paymentIntentId: string, account: string) =>
      (
        await service().listStripeConnectSellerTransfers({
          payment_intent_id: paymentIntentId,
          stripe_account_id: account,
        })
      )[0]

    it("should pay the sellers on payment_intent.succeeded and reverse their shares on charge.refunded, both through the webhook route", async () => {
      const { intent, charge } = await capturedCharge("order_hook_1")
      await deliverPlatformEvent("payment_intent.succeeded", intent.id)
      const paid = await waitFor(async () => {
        const made = await stripe().transfers.list({ transfer_group: "order_hook_1", limit: 100 })
        return made.data.length === 3 ? made.data : undefined
      }, "three seller transfers")
      expect(new Map(paid.map((transfer) => [transfer.destination, transfer.amount]))).toEqual(
        new Map([
          [sellers[0], 6210],
          [sellers[1], 3105],
          [sellers[2], 1035],
        ])
      )
      expect(paid.every((transfer) => transfer.source_transaction === charge)).toBe(true)

      await stripe().refunds.create({ payment_intent: intent.id, amount: 5750 })
      await deliverPlatformEvent("charge.refunded", charge)
      const reversed = await waitFor(async () => {
        const row = await rowOf(intent.id, sellers[0])
        return row.amount_reversed > 0 ? row : undefined
      }, "the refund's reversals")
      expect(reversed).toMatchObject({ refunded_amount: 3450, amount_reversed: 3105, status: "partially_reversed" })
      expect((await transfersTo("order_hook_1", sellers[1]))[0].amount_reversed).toBe(1553)
    })

    it("should reverse each seller's share of a dispute once, and transfer it back when the dispute is won", async () => {
      const { intent, charge } = await capturedCharge("order_dispute_1")
      await deliverPlatformEvent("payment_intent.succeeded", intent.id)
      await waitFor(async () => (await rowOf(intent.id, sellers[2])).transfer_id ?? undefined, "the transfers")

      // Half the charge is disputed: shares 3450 / 1725 / 575 of the parts, so half of each transfer.
      const { id: dispute } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
        reason: "fraudulent",
        amount: 5750,
      })
      await deliverPlatformEvent("charge.dispute.created", dispute)
      await waitFor(async () => {
        const row = await rowOf(intent.id, sellers[2])
        return row.amount_reversed > 0 ? row : undefined
      }, "the dispute's reversals")
      const expected = [3105, 1553, 518]
      for (const [index, seller] of sellers.entries()) {
        expect(await rowOf(intent.id, seller)).toMatchObject({
          dispute_id: dispute,
          dispute_reversal_amount: expected[index],
          amount_reversed: expected[index],
          status: "partially_reversed",
        })
        expect((await transfersTo("order_dispute_1", seller))[0].amount_reversed).toBe(expected[index])
      }
      await waitFor(
        async () =>
          hostEvents.filter(
            (event) => event.name === "stripe.seller_transfer.reversed" && event.data.reason === "dispute"
          ).length === 3 || undefined,
        "three reversed events with reason dispute"
      )

      // A second delivery of the same event reverses nothing more.
      await deliverPlatformEvent("charge.dispute.created", dispute)
      // Weeks later the charge's funds are available on the platform, and the dispute is won.
      await emulator("POST", "/balance/make_available", {})
      await emulator("POST", `/disputes/${dispute}/close`, { outcome: "won" })
      await deliverPlatformEvent("charge.dispute.closed", dispute)
      await waitFor(async () => {
        const row = await rowOf(intent.id, sellers[2])
        return row.restore_transfer_id ?? undefined
      }, "the restoring transfers")
      for (const [index, seller] of sellers.entries()) {
        const row = await rowOf(intent.id, seller)
        expect(row).toMatchObject({ dispute_restored_amount: expected[index], amount_reversed: expected[index] })
        const made = await transfersTo("order_dispute_1", seller)
        expect(made).toHaveLength(2)
        const restore = made.find((transfer) => transfer.id === row.restore_transfer_id)
        expect(restore).toMatchObject({
          amount: expected[index],
          metadata: expect.objectContaining({ dispute_id: dispute, reason: "dispute_won" }),
        })
        expect(made.find((transfer) => transfer.id === row.transfer_id)?.amount_reversed).toBe(expected[index])
      }
      await waitFor(
        async () =>
          hostEvents.filter(
            (event) => event.name === "stripe.seller_transfer.created" && event.data.reason === "dispute_won"
          ).length === 3 || undefined,
        "three created events with reason dispute_won"
      )
    })

    it("should leave the reversals as they are when the dispute is lost", async () => {
      const { intent, charge } = await capturedCharge("order_dispute_2")
      await deliverPlatformEvent("payment_intent.succeeded", intent.id)
      await waitFor(async () => (await rowOf(intent.id, sellers[2])).transfer_id ?? undefined, "the transfers")
      const { id: dispute } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
        reason: "fraudulent",
      })
      await deliverPlatformEvent("charge.dispute.created", dispute)
      await waitFor(async () => {
        const row = await rowOf(intent.id, sellers[0])
        return row.status === "reversed" ? row : undefined
      }, "the whole transfer reversed")
      await emulator("POST", `/disputes/${dispute}/close`, { outcome: "lost" })
      await deliverPlatformEvent("charge.dispute.closed", dispute)
      await waitFor(
        async () =>
          (await service().listStripeConnectDisputes({ dispute_id: dispute, status: "lost" })).length > 0 || undefined,
        "the lost dispute stored"
      )
      for (const seller of sellers) {
        expect(await rowOf(intent.id, seller)).toMatchObject({
          status: "reversed",
          dispute_restored_amount: 0,
          restore_transfer_id: null,
        })
        expect(await transfersTo("order_dispute_2", seller)).toHaveLength(1)
      }
    })
  },
})
