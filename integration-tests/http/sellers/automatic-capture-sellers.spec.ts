import type Stripe from "stripe"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { marketplace, marketplaceCheckout, type MarketplaceOrder } from "../../helpers/marketplace-order"
import { emulator, type EmulatorRequest } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { apiHttp } from "./api-http"
import { emulatorStripe, storedEvents, waitFor, webhookSpecSetup } from "../webhooks/helpers"
import retrySellerReversals from "../../../src/jobs/retry-seller-reversals"
import { runLocked } from "../../../src/modules/stripe-connect/locking/run-locked"
import { syncStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/sync-stripe-payment"
import { sellerSplitLockKey } from "../../../src/workflows/seller-transfers/utils/seller-split-lock"

jest.setTimeout(600_000)

// A multi-seller storefront cart whose charge is captured automatically (the provider's captureMethod "automatic"):
// the charge succeeds before the order exists, so the order's creation pays the sellers
// (docs/api.md#seller-transfers-and-reversals); when that fails the order is still created and the retry job pays
// them, each transfer exactly once. medusa-config.ts reads the capture method at boot.
process.env.STRIPE_CONNECT_CAPTURE_METHOD = "automatic"
afterAll(() => {
  delete process.env.STRIPE_CONNECT_CAPTURE_METHOD
})
webhookSpecSetup()

type SellerDocument = { account_id: string; status: string; transfer_id: string | null; transfer_amount: number }

// 10 % platform fee on parts of 4800 / 3800 / 1500 cents (no shipping, no tax).
const TRANSFERS = [4320, 3420, 1350]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let sellers: string[]
    const container = (): MedusaContainer => getContainer()
    const stripe = () => emulatorStripe()

    const http = apiHttp(api, () => admin.headers)

    const lines = () => [
      { accountId: sellers[0], title: "Harbour print", price: 24, quantity: 2 },
      { accountId: sellers[1], title: "Azulejo tile", price: 9.5, quantity: 4 },
      { accountId: sellers[2], title: "Wool scarf", price: 15, quantity: 1 },
    ]

    /**
     * Stripe's events wait at the emulator until `deliverQueuedEvents` (so the storefront completes the cart and
     * Stripe's `payment_intent.succeeded`, which would also pay the sellers, comes after the order exists).
     */
    const queueEvents = () => emulator("POST", "/webhooks/config", { auto_deliver: false })
    /** Delivers the queued events and waits until the app has processed every one about the charge. */
    const deliverQueuedEvents = async (paymentIntentId: string) => {
      await emulator("POST", "/webhooks/config", { auto_deliver: true })
      await emulator("POST", "/webhooks/flush")
      await emulator("POST", "/webhooks/idle")
      await waitFor(async () => {
        const events = (await storedEvents(container())).filter((row) =>
          row.related_object_ids.includes(paymentIntentId)
        )
        return events.length > 0 && events.every((row) => ["processed", "ignored"].includes(row.status))
      }, `the events of ${paymentIntentId} processed`)
    }

    const sellerRows = async (orderId: string) =>
      (await http.admin<{ data: SellerDocument[] }>("GET", `/admin/stripe-connect/orders/${orderId}/sellers`)).data
    const transfersOf = async (done: MarketplaceOrder) =>
      (await stripe().transfers.list({ transfer_group: done.cartId, limit: 100 })).data
    const transferRequests = async () =>
      (await emulator<{ data: EmulatorRequest[] }>("GET", "/requests?method=POST&path=/v1/transfers")).data

    /** Each seller has exactly one transfer at Stripe, of its amount, from the charge, and its row names it. */
    const expectOneTransferEach = async (done: MarketplaceOrder) => {
      const intent = await stripe().paymentIntents.retrieve(done.paymentIntentId)
      expect(intent).toMatchObject({ status: "succeeded", capture_method: "automatic", amount_received: 10100 })
      const made = await transfersOf(done)
      const rows = await sellerRows(done.orderId)
      expect(made).toHaveLength(3)
      for (const [index, seller] of sellers.entries()) {
        const mine = made.filter((transfer: Stripe.Transfer) => transfer.destination === seller)
        expect(mine).toHaveLength(1)
        expect(mine[0]).toMatchObject({
          amount: TRANSFERS[index],
          currency: "eur",
          source_transaction: intent.latest_charge,
          metadata: expect.objectContaining({ order_id: done.orderId, payment_intent_id: done.paymentIntentId }),
        })
        expect(rows.find((row) => row.account_id === seller)).toMatchObject({
          status: "transferred",
          transfer_id: mine[0].id,
          transfer_amount: TRANSFERS[index],
        })
      }
    }

    afterEach(async () => {
      await emulator("POST", "/webhooks/config", { auto_deliver: true })
    })

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      await api.put(
        "/admin/stripe-connect/fees",
        { default_fee_percent: 10, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] },
        { headers: admin.headers }
      )
      const tag = Math.random().toString(36).slice(2, 8)
      sellers = [
        await onboardedAccount(api, container(), admin.headers, `merchant_prints_${tag}`),
        await onboardedAccount(api, container(), admin.headers, `merchant_tiles_${tag}`),
        await onboardedAccount(api, container(), admin.headers, `merchant_wool_${tag}`),
      ]
      await emulator("DELETE", "/faults")
    })

    it("should pay each seller one transfer from the charge when the order of an automatically captured cart is created", async () => {
      const market = await marketplace(http, "Automatic marketplace")
      const done = await marketplaceCheckout(http, market, lines())
      // The order's creation made the transfers: nothing waits for a capture.
      await expectOneTransferEach(done)
    })

    it("should create the order when a transfer's answer is lost, then the job makes each transfer exactly once", async () => {
      const market = await marketplace(http, "Lost answer marketplace")
      await queueEvents()
      const done = await marketplaceCheckout(http, market, lines(), {
        beforeComplete: async () => {
          await emulator("DELETE", "/requests")
          // Stripe makes the first transfer, but its answer never reaches the app (a 500 not to be retried).
          await emulator("POST", "/faults", { method: "POST", path: "/v1/transfers", after: true, status: 500 })
        },
      })
      const rows = await sellerRows(done.orderId)
      expect(rows.map((row) => row.status).sort()).toEqual(["pending", "transferred", "transferred"])
      const unanswered = rows.find((row) => row.status === "pending") as SellerDocument
      expect(unanswered.transfer_id).toBeNull()
      expect(await transfersOf(done)).toHaveLength(3)

      await retrySellerReversals(container())
      await expectOneTransferEach(done)
      // The retry asked again with the first attempt's key and got Stripe's first answer back.
      const requests = await transferRequests()
      expect(requests).toHaveLength(4)
      const lost = requests.filter((request) => request.status === 500)
      expect(lost).toHaveLength(1)
      const retried = requests.filter((request) => request.idempotency_key === lost[0].idempotency_key)
      expect(retried.map((request) => [request.status, request.idempotent_replayed === true])).toEqual(
        expect.arrayContaining([[200, true]])
      )

      await retrySellerReversals(container())
      expect(await transferRequests()).toHaveLength(4)
      // Stripe's late payment_intent.succeeded finds nothing left to pay.
      await deliverQueuedEvents(done.paymentIntentId)
      await expectOneTransferEach(done)
    })

    it("should create the order when paying the sellers fails, leave the split planned, and the job pays each seller once", async () => {
      const market = await marketplace(http, "Planned marketplace")
      await queueEvents()
      const locking = container().resolve<ILockingModule>(Modules.LOCKING)
      let release: () => void = () => undefined
      let holding: Promise<unknown> = Promise.resolve()
      const done = await marketplaceCheckout(http, market, lines(), {
        beforeComplete: async (paymentIntentId) => {
          // Another writer holds the split for longer than the order's creation waits, so paying the sellers fails.
          const held = new Promise<void>((resolve) => (release = resolve))
          await new Promise<void>((entered) => {
            holding = runLocked(
              locking,
              sellerSplitLockKey(paymentIntentId),
              async () => {
                entered()
                await held
              },
              { timeout: 5 }
            )
          })
        },
      })
      release()
      await holding
      expect((await sellerRows(done.orderId)).map((row) => row.status)).toEqual(["planned", "planned", "planned"])
      expect(await transfersOf(done)).toHaveLength(0)
      // The job pays only splits whose charge the plugin has stored as succeeded: what the charge's
      // payment_intent.succeeded does first (here without the rest of that event, which would pay the sellers).
      await retrySellerReversals(container())
      expect(await transfersOf(done)).toHaveLength(0)
      await syncStripePaymentWorkflow(container()).run({
        input: { payment_intent_id: done.paymentIntentId, event_type: "payment_intent.succeeded" },
      })

      await retrySellerReversals(container())
      await expectOneTransferEach(done)

      await emulator("DELETE", "/requests")
      await retrySellerReversals(container())
      expect(await transferRequests()).toHaveLength(0)
      await deliverQueuedEvents(done.paymentIntentId)
      await expectOneTransferEach(done)
    })
  },
})
