import { daysLeft } from "../dispute-urgency"

describe("daysLeft", () => {
  it("should count whole days to the deadline, negative once past, null without one", () => {
    const now = new Date("2026-11-23T12:00:00Z")
    expect(daysLeft("2026-11-26T12:00:00Z", now)).toBe(3)
    expect(daysLeft("2026-11-22T12:00:00Z", now)).toBe(-1)
    expect(daysLeft(null, now)).toBeNull()
  })
})
