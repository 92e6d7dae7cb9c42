import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import type { BalanceTransactionSyncResponse } from "../../../src/shared/types/reconciliation"
import { syncStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/sync-stripe-payment"

/** What the reconciliation specs use of the test runner's `api` client. */
type Api = {
  post: (path: string, body: object, config: object) => Promise<{ status: number; data: Record<string, unknown> }>
}

/** A destination charge as `POST /admin/stripe-connect/payments` takes it (USD unless said). */
type PaymentBody = {
  account_id: string
  amount: number
  currency?: string
  application_fee_amount?: number
  order_id?: string
}

/** Every line Stripe (the emulator) lists for a balance (`null`: the platform's), or for one payout of it. */
export async function stripeLines(
  account: string | null,
  params: Stripe.BalanceTransactionListParams = {}
): Promise<Stripe.BalanceTransaction[]> {
  return await emulatorStripe()
    .balanceTransactions.list({ limit: 100, ...params }, account ? { stripeAccount: account } : undefined)
    .autoPagingToArray({ limit: 10_000 })
}

/**
 * The reconciliation specs' set-up through the admin API, as the admin `admin()` answers at call time (the spec
 * makes it in `beforeEach`): payments captured by the plugin or at Stripe, and ledger syncs.
 */
export function ledgerFixtures(api: Api, container: () => MedusaContainer, admin: () => TestAdmin) {
  const as = () => ({ headers: admin().headers, validateStatus: () => true })

  /**
   * A destination charge created through the API and authorized by the customer, then captured by the plugin, or
   * at Stripe with another application fee (`{ fee }`) that the payment webhook then brings into the record.
   * Answers its payment intent id.
   */
  async function capturedPayment(body: PaymentBody, capture: "plugin" | { fee: number } = "plugin"): Promise<string> {
    const created = await api.post(
      "/admin/stripe-connect/payments",
      { currency: "usd", ...body, payment_method_types: ["card"] },
      as()
    )
    expect(created.status).toBe(200)
    const pi = String(created.data.payment_intent_id)
    await emulator("POST", `/payment_intents/${pi}/confirm`, { payment_method: "pm_card_visa" })
    if (capture === "plugin") {
      expect((await api.post(`/admin/stripe-connect/payments/${pi}/capture`, {}, as())).status).toBe(200)
    } else {
      await emulatorStripe().paymentIntents.capture(pi, { application_fee_amount: capture.fee })
      await syncStripePaymentWorkflow(container()).run({
        input: { payment_intent_id: pi, event_type: "payment_intent.succeeded" },
      })
    }
    return pi
  }

  /** `POST /admin/stripe-connect/balance-transactions/sync`, which must answer 200; answers what it did. */
  async function sync(body: object = {}): Promise<BalanceTransactionSyncResponse> {
    const response = await api.post("/admin/stripe-connect/balance-transactions/sync", body, as())
    expect(response.status).toBe(200)
    return response.data as BalanceTransactionSyncResponse
  }

  /** A sync of every balance in which none failed. */
  async function syncCleanly(): Promise<void> {
    expect((await sync()).failed).toEqual([])
  }

  return { capturedPayment, sync, syncCleanly }
}
