import type Stripe from "stripe"
import {
  computeNextPayoutDate,
  isPayoutInProgress,
  mapPayoutStatus,
  payoutStatusesAccepting,
  payoutWriteGuard,
  platformControlsPayouts,
  toBalanceDocument,
  toPayoutDocument,
  toPayoutScheduleDocument,
  validatePayoutSchedule,
} from ".."

describe("validatePayoutSchedule", () => {
  it.each([
    [{ interval: "daily", delay_days: 2 }],
    [{ interval: "weekly", weekly_anchor: "friday", delay_days: 2 }],
    [{ interval: "monthly", monthly_anchor: 31 }],
    [{ interval: "monthly", monthly_anchor: 1, delay_days: "minimum" }],
    [{ interval: "manual" }],
  ])("should accept %j", (input) => {
    expect(validatePayoutSchedule(input)).toEqual([])
  })

  it.each([
    [{}, "interval", "is required"],
    [{ interval: "hourly" }, "interval", "must be manual, daily, weekly or monthly"],
    [{ interval: "daily", weekly_anchor: "friday" }, "weekly_anchor", "only applies to weekly payouts"],
    [{ interval: "weekly" }, "weekly_anchor", "is required for weekly payouts"],
    [{ interval: "weekly", weekly_anchor: "funday" }, "weekly_anchor", "must be a weekday name"],
    [
      { interval: "weekly", weekly_anchor: "friday", monthly_anchor: 3 },
      "monthly_anchor",
      "only applies to monthly payouts",
    ],
    [{ interval: "monthly" }, "monthly_anchor", "is required for monthly payouts"],
    [{ interval: "monthly", monthly_anchor: 0 }, "monthly_anchor", "from 1 to 31"],
    [{ interval: "monthly", monthly_anchor: 32 }, "monthly_anchor", "from 1 to 31"],
    [{ interval: "monthly", monthly_anchor: 1.5 }, "monthly_anchor", "from 1 to 31"],
    [{ interval: "daily", delay_days: -1 }, "delay_days", "integer from 0 to 365"],
    [{ interval: "daily", delay_days: 366 }, "delay_days", "integer from 0 to 365"],
    [{ interval: "manual", delay_days: 2 }, "delay_days", "does not apply to manual payouts"],
  ])("should refuse %j naming %s and why", (input, field, why) => {
    const problems = validatePayoutSchedule(input)
    expect(problems).toHaveLength(1)
    expect(problems[0].field).toBe(field)
    expect(problems[0].message).toContain(`${field}: `)
    expect(problems[0].message).toContain(why)
  })
})

describe("computeNextPayoutDate", () => {
  // 2026-01-21 is a Wednesday.
  const wednesday = new Date("2026-01-21T15:30:00Z")

  it("should be null for manual payouts", () => {
    expect(computeNextPayoutDate({ interval: "manual" }, wednesday)).toBeNull()
  })

  it("should be the next day for daily payouts, whatever the delay", () => {
    expect(computeNextPayoutDate({ interval: "daily", delay_days: 2 }, wednesday)).toBe("2026-01-22")
    expect(computeNextPayoutDate({ interval: "daily", delay_days: 7 }, new Date("2026-12-31T23:59:59Z"))).toBe(
      "2027-01-01"
    )
  })

  it("should be the next anchor weekday, a week later on the anchor day itself", () => {
    expect(computeNextPayoutDate({ interval: "weekly", weekly_anchor: "friday" }, wednesday)).toBe("2026-01-23")
    expect(computeNextPayoutDate({ interval: "weekly", weekly_anchor: "monday" }, wednesday)).toBe("2026-01-26")
    expect(computeNextPayoutDate({ interval: "weekly", weekly_anchor: "wednesday" }, wednesday)).toBe("2026-01-28")
  })

  it("should be the anchor day this month or next, the last day in short months", () => {
    expect(computeNextPayoutDate({ interval: "monthly", monthly_anchor: 25 }, wednesday)).toBe("2026-01-25")
    expect(computeNextPayoutDate({ interval: "monthly", monthly_anchor: 21 }, wednesday)).toBe("2026-02-21")
    expect(computeNextPayoutDate({ interval: "monthly", monthly_anchor: 31 }, new Date("2026-02-10T00:00:00Z"))).toBe(
      "2026-02-28"
    )
    expect(computeNextPayoutDate({ interval: "monthly", monthly_anchor: 31 }, new Date("2026-01-31T08:00:00Z"))).toBe(
      "2026-02-28"
    )
    expect(computeNextPayoutDate({ interval: "monthly", monthly_anchor: 30 }, new Date("2028-02-01T00:00:00Z"))).toBe(
      "2028-02-29"
    )
  })

  it("should shape the schedule document with the anchor of its interval", () => {
    expect(toPayoutScheduleDocument({ interval: "daily", delay_days: 2 }, wednesday)).toEqual({
      interval: "daily",
      delay_days: 2,
      anchor_day: null,
      next_payout_date: "2026-01-22",
    })
    expect(
      toPayoutScheduleDocument({ interval: "weekly", weekly_anchor: "friday", delay_days: 2 }, wednesday).anchor_day
    ).toBe("friday")
    expect(
      toPayoutScheduleDocument({ interval: "monthly", monthly_anchor: 15, delay_days: 2 }, wednesday).anchor_day
    ).toBe(15)
  })
})

describe("platformControlsPayouts", () => {
  it("should be true for express and custom accounts", () => {
    expect(platformControlsPayouts({ type: "express" })).toBe(true)
    expect(platformControlsPayouts({ type: "custom" })).toBe(true)
  })

  it("should follow the controller for accounts without an express or custom type", () => {
    const standard = {
      type: "standard" as const,
      controller: { requirement_collection: "stripe", stripe_dashboard: { type: "full" } } as Stripe.Account.Controller,
    }
    expect(platformControlsPayouts(standard)).toBe(false)
    expect(
      platformControlsPayouts({
        ...standard,
        controller: { ...standard.controller, requirement_collection: "application" },
      })
    ).toBe(true)
    expect(
      platformControlsPayouts({
        ...standard,
        controller: { ...standard.controller, stripe_dashboard: { type: "none" } },
      })
    ).toBe(true)
    expect(platformControlsPayouts({ type: "standard" })).toBe(false)
  })
})

describe("payout documents", () => {
  const payout = {
    id: "po_1",
    amount: 125000,
    currency: "usd",
    status: "paid",
    arrival_date: Date.UTC(2026, 0, 24, 12) / 1000,
    method: "standard",
    destination: { id: "ba_1", object: "bank_account", last4: "1234", bank_name: "Chase" },
  } as unknown as Stripe.Payout

  it("should give the documented payout row with the bank account", () => {
    expect(toPayoutDocument(payout)).toEqual({
      payout_id: "po_1",
      amount: 125000,
      currency: "usd",
      status: "paid",
      arrival_date: "2026-01-24",
      method: "standard",
      bank_account: { last4: "1234", bank_name: "Chase" },
    })
  })

  it("should leave bank_account null when Stripe gave only an id", () => {
    expect(toPayoutDocument({ ...payout, destination: "ba_1" } as Stripe.Payout).bank_account).toBeNull()
  })

  it("should map statuses and know which are in progress", () => {
    expect(mapPayoutStatus("in_transit")).toBe("in_transit")
    expect(mapPayoutStatus("canceled")).toBe("canceled")
    expect(isPayoutInProgress("pending")).toBe(true)
    expect(isPayoutInProgress("in_transit")).toBe(true)
    expect(isPayoutInProgress("paid")).toBe(false)
    expect(isPayoutInProgress("failed")).toBe(false)
  })

  it("should shape balances per currency", () => {
    const balance = {
      available: [{ amount: 150000, currency: "usd", source_types: {} }],
      pending: [{ amount: 25000, currency: "usd" }],
      connect_reserved: [{ amount: 5000, currency: "usd" }],
    } as unknown as Stripe.Balance
    expect(toBalanceDocument(balance)).toEqual({
      available: [{ amount: 150000, currency: "usd" }],
      pending: [{ amount: 25000, currency: "usd" }],
      connect_reserved: [{ amount: 5000, currency: "usd" }],
    })
    expect(toBalanceDocument({ ...balance, connect_reserved: undefined } as Stripe.Balance).connect_reserved).toEqual(
      []
    )
  })
})

describe("payout write guard", () => {
  it("should never let a copy read in transit replace a paid, failed or canceled payout", () => {
    expect(payoutStatusesAccepting("in_transit")).toEqual(["pending", "in_transit"])
    expect(payoutStatusesAccepting("paid")).toEqual(["pending", "in_transit", "paid"])
  })

  it("should let a paid payout still fail, and accept nothing for an unknown status", () => {
    expect(payoutStatusesAccepting("failed")).toContain("paid")
    expect(payoutStatusesAccepting("unknown")).toEqual([])
  })

  it("should refuse a webhook's copy over a newer applied event, and check no event time for staff corrections", () => {
    expect(payoutWriteGuard("paid", 1_700_000_000)).toEqual({
      oneOf: { status: payoutStatusesAccepting("paid") },
      notAfter: { last_stripe_event_at: new Date(1_700_000_000_999) },
    })
    expect(payoutWriteGuard("paid")).toEqual({ oneOf: { status: payoutStatusesAccepting("paid") } })
  })
})
