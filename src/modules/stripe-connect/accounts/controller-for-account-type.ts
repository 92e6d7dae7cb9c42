import type Stripe from "stripe"
import type { ConnectedAccountType } from "../../../shared/types/accounts"

/**
 * The `controller` properties a new connected account is created with, for the API's `account_type` (Stripe's
 * mapping of its former account types; docs/api.md#create-connected-account): who pays Stripe's fees, who bears
 * negative balances, which Stripe dashboard the account gets, and who collects its requirements.
 */
export function controllerForAccountType(type: ConnectedAccountType): Stripe.AccountCreateParams.Controller {
  switch (type) {
    case "standard":
      return {
        fees: { payer: "account" },
        losses: { payments: "stripe" },
        stripe_dashboard: { type: "full" },
        requirement_collection: "stripe",
      }
    case "express":
      return {
        fees: { payer: "application" },
        losses: { payments: "application" },
        stripe_dashboard: { type: "express" },
        requirement_collection: "stripe",
      }
    case "custom":
      return {
        fees: { payer: "application" },
        losses: { payments: "application" },
        stripe_dashboard: { type: "none" },
        requirement_collection: "application",
      }
  }
}
