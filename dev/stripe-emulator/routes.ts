import { Router } from "./router"
import { registerAccounts } from "./resources/accounts"
import { registerApplicationFees } from "./resources/application-fees"
import { registerBalance } from "./resources/balance"
import { registerCharges } from "./resources/charges"
import { registerCheckout } from "./resources/checkout"
import { registerCustomers } from "./resources/customers"
import { registerDisputes } from "./resources/disputes"
import { registerEvents } from "./resources/events"
import { registerExternalAccounts } from "./resources/external-accounts"
import { registerFiles } from "./resources/files"
import { registerInvoices } from "./resources/invoices"
import { registerOAuth } from "./resources/oauth"
import { registerPaymentIntents } from "./resources/payment-intents"
import { registerPaymentLinks } from "./resources/payment-links"
import { registerPayouts } from "./resources/payouts"
import { registerProducts } from "./resources/products"
import { registerRefunds } from "./resources/refunds"
import { registerTransferReversals } from "./resources/transfer-reversals"
import { registerTransfers } from "./resources/transfers"
import { registerWebhookEndpoints } from "./resources/webhook-endpoints"

/** Every Stripe route the emulator serves, one register function per resource. */
export function buildRouter(): Router {
  const r = new Router()
  for (const register of [
    registerAccounts,
    registerExternalAccounts,
    registerBalance,
    registerPaymentIntents,
    registerCharges,
    registerRefunds,
    registerApplicationFees,
    registerTransfers,
    registerTransferReversals,
    registerPayouts,
    registerDisputes,
    registerFiles,
    registerCustomers,
    registerProducts,
    registerInvoices,
    registerCheckout,
    registerPaymentLinks,
    registerEvents,
    registerWebhookEndpoints,
    registerOAuth,
  ]) {
    register(r)
  }
  return r
}
