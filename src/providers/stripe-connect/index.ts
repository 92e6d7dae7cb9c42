import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { StripeConnectProviderService } from "./services/stripe-connect-provider"

/** The `stripe-connect` payment provider (register it under the Payment Module; see the README). */
export default ModuleProvider(Modules.PAYMENT, {
  services: [StripeConnectProviderService],
})

export { StripeConnectProviderService }
export type {
  StripeConnectProviderOptions,
  PreparedCheckoutSession,
  PreparedSeparateChargesSession,
  PreparedSession,
  PreparedSeller,
} from "./types"
