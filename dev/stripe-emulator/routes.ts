import { Router } from "./router"
import { registerAccounts } from "./resources/accounts"
import { registerBalance } from "./resources/balance"
import { registerCharges } from "./resources/charges"
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
  return r
}
