import { daysLeft, sortDisputesByUrgency } from "../dispute-urgency"
import type { DisputeDocument } from "../types"

const dispute = (id: string, status: DisputeDocument["status"], evidence_due_by: string | null, created_at = "2026-11-01T00:00:00Z"): DisputeDocument => ({
  dispute_id: id,
  payment_intent_id: null,
  account_id: "acct_1",
  amount: 1000,
  currency: "usd",
  reason: "fraudulent",
  status,
  evidence_due_by,
  created_at,
  evidence: {},
  submitted_at: null,
})

describe("sortDisputesByUrgency", () => {
  it("should put disputes needing a response first, soonest deadline first, decided ones last", () => {
    const sorted = sortDisputesByUrgency([
      dispute("won", "won", null),
      dispute("review", "under_review", "2026-11-20T00:00:00Z"),
      dispute("later", "needs_response", "2026-12-10T00:00:00Z"),
      dispute("no_deadline", "needs_response", null),
      dispute("soon", "needs_response", "2026-11-25T00:00:00Z"),
      dispute("lost", "lost", null),
    ])
    expect(sorted.map((d) => d.dispute_id)).toEqual(["soon", "later", "no_deadline", "review", "lost", "won"])
  })
})

describe("daysLeft", () => {
  it("should count whole days to the deadline, negative once past, null without one", () => {
    const now = new Date("2026-11-23T12:00:00Z")
    expect(daysLeft("2026-11-26T12:00:00Z", now)).toBe(3)
    expect(daysLeft("2026-11-22T12:00:00Z", now)).toBe(-1)
    expect(daysLeft(null, now)).toBeNull()
  })
})
