import { stripeDashboardUrl } from "../stripe-dashboard"

describe("stripeDashboardUrl", () => {
  it("should link test-mode objects under /test and live ones without it", () => {
    expect(stripeDashboardUrl(false, "transfer", "tr_1")).toBe(
      "https://dashboard.stripe.com/test/connect/transfers/tr_1"
    )
    expect(stripeDashboardUrl(true, "transfer", "tr_1")).toBe("https://dashboard.stripe.com/connect/transfers/tr_1")
  })

  it("should put accounts and payments on their own pages and escape the id", () => {
    expect(stripeDashboardUrl(false, "account", "acct_1")).toBe(
      "https://dashboard.stripe.com/test/connect/accounts/acct_1"
    )
    expect(stripeDashboardUrl(true, "payment", "pi_1")).toBe("https://dashboard.stripe.com/payments/pi_1")
    expect(stripeDashboardUrl(true, "payment", "pi_1/../x")).toBe("https://dashboard.stripe.com/payments/pi_1%2F..%2Fx")
  })
})
