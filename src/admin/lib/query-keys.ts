import type { QueryParams } from "./api"

/** Query keys in the dashboard's shape (`all`, `lists`, `list`, `details`, `detail`), one factory per resource. */
export function queryKeysFactory<Resource extends string>(resource: Resource) {
  const all = ["stripe-connect", resource] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query?: QueryParams) => [...all, "list", query ?? {}] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string, query?: QueryParams) => [...all, "detail", id, query ?? {}] as const,
  }
}

export const meKeys = queryKeysFactory("me")
export const accountKeys = queryKeysFactory("accounts")
export const integrationKeys = queryKeysFactory("integrations")
export const feeKeys = queryKeysFactory("fees")
export const paymentKeys = queryKeysFactory("payments")
export const orderPaymentKeys = queryKeysFactory("order-payments")
export const orderSellerKeys = queryKeysFactory("order-sellers")
export const orderMoneyTrailKeys = queryKeysFactory("order-money-trail")
export const accountProductKeys = queryKeysFactory("account-products")
export const accountSellerTransferKeys = queryKeysFactory("account-seller-transfers")
export const webhookEventKeys = queryKeysFactory("webhook-events")
export const orderInvoiceKeys = queryKeysFactory("order-invoices")
export const invoiceKeys = queryKeysFactory("invoices")
export const orderPayLinkKeys = queryKeysFactory("order-pay-links")
export const balanceKeys = queryKeysFactory("balances")
export const transferKeys = queryKeysFactory("transfers")
export const payoutKeys = queryKeysFactory("payouts")
export const disputeKeys = queryKeysFactory("disputes")
export const reconciliationPayoutKeys = queryKeysFactory("reconciliation-payouts")
export const reconciliationMismatchKeys = queryKeysFactory("reconciliation-mismatches")
export const reconciliationRunningBalanceKeys = queryKeysFactory("reconciliation-running-balances")
export const reconciliationDailyTotalKeys = queryKeysFactory("reconciliation-daily-totals")
