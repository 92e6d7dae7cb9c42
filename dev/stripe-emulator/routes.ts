import { Router } from "./router"
import { registerAccounts } from "./resources/accounts"
import { registerBalance } from "./resources/balance"
import { registerBilling } from "./resources/billing"
import { registerCharges } from "./resources/charges"
import { registerCheckout } from "./resources/checkout"
import { registerDisputes } from "./resources/disputes"
import { registerEvents } from "./resources/events"
import { registerFiles } from "./resources/files"
import { registerOAuth } from "./resources/oauth"
import { registerPaymentIntents } from "./resources/payment-intents"
import { registerPayouts } from "./resources/payouts"
import { registerTransfers } from "./resources/transfers"

/** Every Stripe route the emulator serves. */
export function buildRouter(): Router {
  const r = new Router()
  registerAccounts(r)
  registerBalance(r)
  registerPaymentIntents(r)
  registerCharges(r)
  registerTransfers(r)
  registerPayouts(r)
  registerDisputes(r)
  registerFiles(r)
  registerBilling(r)
  registerCheckout(r)
  registerEvents(r)
  registerOAuth(r)
  return r
}
