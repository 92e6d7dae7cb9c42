import type Stripe from "stripe"

/**
 * Whether the platform may change this connected account's payouts (schedule, manual payouts): Express and
 * Custom accounts, and accounts whose controller lets the platform collect requirements or gives them no full
 * Stripe dashboard. A Standard account with its own dashboard manages its payouts itself.
 */
export function platformControlsPayouts(account: Pick<Stripe.Account, "type" | "controller">): boolean {
  if (account.type === "express" || account.type === "custom") {
    return true
  }
  const controller = account.controller
  if (!controller) {
    return false
  }
  if (controller.requirement_collection === "application") {
    return true
  }
  const dashboard = controller.stripe_dashboard?.type
  return dashboard === "express" || dashboard === "none"
}
