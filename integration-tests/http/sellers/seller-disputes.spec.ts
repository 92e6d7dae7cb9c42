import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, type EmulatorRequest } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { storedEvents, waitFor } from "../webhooks/helpers"
import { capturedMultiSellerCharge, deliverPlatformEvent as deliverPlatformEventTo } from "./multi-seller-charge"
import retrySellerReversals from "../../../src/jobs/retry-seller-reversals"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import type { SellerTransferRow } from "../../../src/modules/stripe-connect/types"

jest.setTimeout(120_000)

type HostEvent = { name: string; data: Record<string, unknown> }

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

    const capturedCharge = (orderId: string) => capturedMultiSellerCharge(container(), sellers, orderId)
    const deliverPlatformEvent = (type: string, objectId: string) => deliverPlatformEventTo(api, type, objectId)

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

    /** Waits until every seller's row of the charge satisfies `done` (the handlers go through them one by one). */
    const everySeller = (paymentIntentId: string, done: (row: SellerTransferRow) => boolean, what: string) =>
      waitFor(async () => {
        const rows = await Promise.all(sellers.map((seller) => rowOf(paymentIntentId, seller)))
        return rows.every((row) => row && done(row)) || undefined
      }, what)

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
      // The handler reverses the sellers one by one: wait for every row before asserting.
      await everySeller(intent.id, (row) => row.amount_reversed > 0, "the refund's reversals")
      const reversed = await rowOf(intent.id, sellers[0])
      expect(reversed).toMatchObject({ refunded_amount: 3450, amount_reversed: 3105, status: "partially_reversed" })
      expect((await transfersTo("order_hook_1", sellers[1]))[0].amount_reversed).toBe(1553)
    })

    it("should reverse each seller's share of a dispute once, and transfer it back when the dispute is won", async () => {
      const { intent, charge } = await capturedCharge("order_dispute_1")
      await deliverPlatformEvent("payment_intent.succeeded", intent.id)
      await everySeller(intent.id, (row) => !!row.transfer_id, "the transfers")

      // Half the charge is disputed: shares 3450 / 1725 / 575 of the parts, so half of each transfer.
      const { id: dispute } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
        reason: "fraudulent",
        amount: 5750,
      })
      await deliverPlatformEvent("charge.dispute.created", dispute)
      await everySeller(intent.id, (row) => row.amount_reversed > 0, "the dispute's reversals")
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
      await everySeller(
        intent.id,
        (row) => !!row.restore_transfer_id && row.dispute_restored_amount > 0,
        "the restoring transfers"
      )
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

    /** Disputes half the charge, then Stripe decides it won with `fault` set on the next transfer (the first restore). */
    const wonDisputeWithFault = async (group: string, fault: Record<string, unknown>) => {
      const { intent, charge } = await capturedCharge(group)
      await deliverPlatformEvent("payment_intent.succeeded", intent.id)
      await everySeller(intent.id, (row) => !!row.transfer_id, "the transfers")
      const { id: dispute } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
        reason: "fraudulent",
        amount: 5750,
      })
      await deliverPlatformEvent("charge.dispute.created", dispute)
      await everySeller(intent.id, (row) => row.amount_reversed > 0, "the dispute's reversals")
      await emulator("POST", "/balance/make_available", {})
      await emulator("POST", `/disputes/${dispute}/close`, { outcome: "won" })
      await emulator("DELETE", "/requests")
      await emulator("POST", "/faults", { method: "POST", path: "/v1/transfers", ...fault })
      await deliverPlatformEvent("charge.dispute.closed", dispute)
      await everySeller(
        intent.id,
        (row) => row.restore_status === "restored" || row.restore_status === "failed",
        "the restores tried"
      )
      const rows = await Promise.all(sellers.map((seller) => rowOf(intent.id, seller)))
      const failed = rows.filter((row) => row.restore_status === "failed")
      expect(failed).toHaveLength(1)
      expect(failed[0]).toMatchObject({ dispute_restored_amount: 0, restore_transfer_id: null })
      expect(failed[0].failure_message).toBeTruthy()
      return { intent, dispute, failed: failed[0] }
    }
    const restoreRequests = async () =>
      (await emulator<{ data: EmulatorRequest[] }>("GET", "/requests?method=POST&path=/v1/transfers")).data
    const dispute_won = () =>
      hostEvents.filter(
        (event) => event.name === "stripe.seller_transfer.created" && event.data.reason === "dispute_won"
      )

    /** Each seller got back its share of the dispute exactly once: one restoring transfer at Stripe, on its row. */
    const expectRestoredOnce = async (group: string, paymentIntentId: string, dispute: string) => {
      const expected = [3105, 1553, 518]
      for (const [index, seller] of sellers.entries()) {
        const row = await rowOf(paymentIntentId, seller)
        const made = await transfersTo(group, seller)
        const restores = made.filter((transfer) => transfer.metadata?.reason === "dispute_won")
        expect(restores).toHaveLength(1)
        expect(restores[0]).toMatchObject({
          amount: expected[index],
          metadata: expect.objectContaining({ dispute_id: dispute }),
        })
        expect(row).toMatchObject({
          restore_status: "restored",
          restore_transfer_id: restores[0].id,
          dispute_restored_amount: expected[index],
          failure_message: null,
        })
      }
    }

    it("should give a seller back a won dispute's share in the retry job, once and with the same key, when Stripe's answer was lost", async () => {
      // Stripe makes the first restoring transfer, but its answer never reaches the app (a 500 not to be retried).
      const { intent, dispute, failed } = await wonDisputeWithFault("order_restore_lost", { after: true, status: 500 })
      expect(failed.restore_attempts).toBe(0)
      expect(await transfersTo("order_restore_lost", failed.stripe_account_id)).toHaveLength(2)
      expect(dispute_won()).toHaveLength(2)

      await retrySellerReversals(container())
      await expectRestoredOnce("order_restore_lost", intent.id, dispute)
      const requests = await restoreRequests()
      expect(requests).toHaveLength(4)
      const lost = requests.filter((request) => request.status === 500)
      expect(lost).toHaveLength(1)
      expect(
        requests.filter(
          (request) => request.idempotency_key === lost[0].idempotency_key && request.idempotent_replayed === true
        )
      ).toHaveLength(1)
      await waitFor(
        async () => dispute_won().length === 3 || undefined,
        "the third created event with reason dispute_won"
      )

      await retrySellerReversals(container())
      expect(await restoreRequests()).toHaveLength(4)
      await expectRestoredOnce("order_restore_lost", intent.id, dispute)
    })

    it("should retry a won dispute's restoring transfer Stripe refused in the job with the next attempt's key, once", async () => {
      const { intent, dispute, failed } = await wonDisputeWithFault("order_restore_refused", { status: 400 })
      expect(failed.restore_attempts).toBe(1)
      expect(await transfersTo("order_restore_refused", failed.stripe_account_id)).toHaveLength(1)

      await retrySellerReversals(container())
      await expectRestoredOnce("order_restore_refused", intent.id, dispute)
      const requests = await restoreRequests()
      const refused = requests.find((request) => request.status === 400) as EmulatorRequest
      const retried = requests.filter(
        (request) => request.params.destination === failed.stripe_account_id && request.status === 200
      )
      expect(retried).toHaveLength(1)
      expect(retried[0].idempotency_key).toBe(`${refused.idempotency_key}:1`)

      await emulator("DELETE", "/requests")
      await retrySellerReversals(container())
      expect(await restoreRequests()).toHaveLength(0)
      await expectRestoredOnce("order_restore_refused", intent.id, dispute)
    })

    it("should reverse each seller's share once when charge.dispute.created arrives twice at once and is replayed", async () => {
      const { intent, charge } = await capturedCharge("order_dispute_dup")
      await deliverPlatformEvent("payment_intent.succeeded", intent.id)
      await everySeller(intent.id, (row) => !!row.transfer_id, "the transfers")
      const { id: dispute } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
        reason: "fraudulent",
      })
      const [event] = await Promise.all([
        deliverPlatformEvent("charge.dispute.created", dispute),
        deliverPlatformEvent("charge.dispute.created", dispute),
      ])
      const processed = async () => {
        const rows = await storedEvents(container(), event.id)
        return rows.length === 1 && rows[0].status === "processed" ? rows[0] : undefined
      }
      const stored = await waitFor(processed, "the dispute event stored once and processed")
      const replayed = await api.post(
        `/admin/stripe-connect/webhook-events/${stored.id}/replay`,
        {},
        {
          headers: admin.headers,
          validateStatus: () => true,
        }
      )
      expect(replayed.status).toBe(200)
      const again = await waitFor(processed, "the replayed dispute event processed")
      expect(again.attempts).toBeGreaterThan(stored.attempts)

      // The whole charge is disputed: each transfer is reversed in full, by one reversal.
      const expected = [6210, 3105, 1035]
      for (const [index, seller] of sellers.entries()) {
        expect(await rowOf(intent.id, seller)).toMatchObject({
          dispute_id: dispute,
          dispute_reversal_amount: expected[index],
          amount_reversed: expected[index],
          status: "reversed",
        })
        const [transfer] = await transfersTo("order_dispute_dup", seller)
        expect(transfer.amount_reversed).toBe(expected[index])
        expect((await stripe().transfers.listReversals(transfer.id, { limit: 100 })).data).toHaveLength(1)
      }
    })

    it("should leave the reversals as they are when the dispute is lost", async () => {
      const { intent, charge } = await capturedCharge("order_dispute_2")
      await deliverPlatformEvent("payment_intent.succeeded", intent.id)
      await everySeller(intent.id, (row) => !!row.transfer_id, "the transfers")
      const { id: dispute } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
        reason: "fraudulent",
      })
      await deliverPlatformEvent("charge.dispute.created", dispute)
      await everySeller(intent.id, (row) => row.status === "reversed", "the whole transfers reversed")
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
