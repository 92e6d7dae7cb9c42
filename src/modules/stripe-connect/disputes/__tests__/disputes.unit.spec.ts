import {
  disputeStatusesAccepting,
  disputeWriteGuard,
  evidenceLockReason,
  isStripeFileId,
  mapDisputeStatus,
  stripeStatusesFor,
} from ".."

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

  it("should give back every Stripe status an API status stands for", () => {
    for (const stripe of [
      "needs_response",
      "warning_needs_response",
      "under_review",
      "won",
      "warning_closed",
      "lost",
    ]) {
      expect(stripeStatusesFor(mapDisputeStatus(stripe))).toContain(stripe)
    }
  })
})

describe("evidenceLockReason", () => {
  const now = new Date("2026-02-01T00:00:00Z")
  const open = {
    dispute_id: "dp_1",
    status: "needs_response",
    submitted_at: null,
    evidence_due_by: "2026-02-05T23:59:59Z",
  }

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
    expect(evidenceLockReason({ ...open, evidence_due_by: "2026-01-31T23:59:59Z" }, now)).toContain(
      "was due by 2026-01-31T23:59:59.000Z"
    )
  })
})

describe("isStripeFileId", () => {
  it("should tell file ids from text", () => {
    expect(isStripeFileId("file_abc123")).toBe(true)
    expect(isStripeFileId("Order was fulfilled and picked up by customer")).toBe(false)
  })
})

describe("dispute write guard", () => {
  it("should never let a dispute read before evidence was submitted move it back to needs_response", () => {
    expect(disputeStatusesAccepting("needs_response")).not.toContain("under_review")
    expect(disputeStatusesAccepting("under_review")).toEqual(expect.arrayContaining(["needs_response", "under_review"]))
  })

  it("should let an inquiry escalate into a dispute and keep closed disputes closed", () => {
    expect(disputeStatusesAccepting("needs_response")).toEqual(
      expect.arrayContaining(["warning_needs_response", "warning_under_review"])
    )
    expect(disputeStatusesAccepting("under_review")).not.toContain("won")
    expect(disputeStatusesAccepting("lost")).toContain("under_review")
    expect(disputeStatusesAccepting("unknown")).toEqual([])
  })

  it("should refuse a webhook's copy over a newer applied event, and check no event time for staff writes", () => {
    expect(disputeWriteGuard("won", 1_700_000_000)).toEqual({
      oneOf: { status: disputeStatusesAccepting("won") },
      notAfter: { last_stripe_event_at: new Date(1_700_000_000_999) },
    })
    expect(disputeWriteGuard("under_review")).toEqual({ oneOf: { status: disputeStatusesAccepting("under_review") } })
  })
})
