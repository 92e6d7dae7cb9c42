import { evidenceLockReason, isStripeFileId, mapDisputeStatus, stripeStatusesFor } from ".."

describe("mapDisputeStatus", () => {
  it.each([
    ["needs_response", "needs_response"],
    ["warning_needs_response", "needs_response"],
    ["under_review", "under_review"],
    ["warning_under_review", "under_review"],
    ["won", "won"],
    ["warning_closed", "won"],
    ["lost", "lost"],
  ])("should map %s to %s", (stripe, spec) => {
    expect(mapDisputeStatus(stripe)).toBe(spec)
  })

  it("should give back every Stripe status a specification status stands for", () => {
    for (const stripe of ["needs_response", "warning_needs_response", "under_review", "won", "warning_closed", "lost"]) {
      expect(stripeStatusesFor(mapDisputeStatus(stripe))).toContain(stripe)
    }
  })
})

describe("evidenceLockReason", () => {
  const now = new Date("2026-02-01T00:00:00Z")
  const open = { dispute_id: "dp_1", status: "needs_response", submitted_at: null, evidence_due_by: "2026-02-05T23:59:59Z" }

  it("should allow edits while the dispute needs a response before its due date", () => {
    expect(evidenceLockReason(open, now)).toBeNull()
  })

  it("should refuse after submission", () => {
    expect(evidenceLockReason({ ...open, submitted_at: "2026-01-30T00:00:00Z" }, now)).toContain("already submitted")
  })

  it("should refuse once Stripe reviews or decided the dispute", () => {
    expect(evidenceLockReason({ ...open, status: "under_review" }, now)).toContain("under_review")
    expect(evidenceLockReason({ ...open, status: "lost" }, now)).toContain("lost")
  })

  it("should refuse past evidence_due_by", () => {
    expect(evidenceLockReason({ ...open, evidence_due_by: "2026-01-31T23:59:59Z" }, now)).toContain("was due by 2026-01-31T23:59:59.000Z")
  })
})

describe("isStripeFileId", () => {
  it("should tell file ids from text", () => {
    expect(isStripeFileId("file_abc123")).toBe(true)
    expect(isStripeFileId("Order was fulfilled and picked up by customer")).toBe(false)
  })
})
