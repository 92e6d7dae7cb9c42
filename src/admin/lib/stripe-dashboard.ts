/** The Stripe objects the admin links to, and where Stripe's dashboard shows each. */
const DASHBOARD_PATHS = {
  account: "connect/accounts",
  transfer: "connect/transfers",
  payment: "payments",
} as const

export type StripeDashboardObject = keyof typeof DASHBOARD_PATHS

/** The page of a Stripe object in Stripe's dashboard, in test or live mode. */
export function stripeDashboardUrl(livemode: boolean, object: StripeDashboardObject, id: string): string {
  return `https://dashboard.stripe.com/${livemode ? "" : "test/"}${DASHBOARD_PATHS[object]}/${encodeURIComponent(id)}`
}
