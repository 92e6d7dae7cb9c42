import { disputeListSegments, segmentStatuses } from "../list-order"

describe("disputeListSegments", () => {
  it("should keep the default newest first as one run", () => {
    expect(disputeListSegments("-created_at")).toEqual([
      { statuses: null, order: { stripe_created_at: "DESC", id: "DESC" } },
    ])
  })

  it("should put disputes needing a response first by deadline, then those under review, then decided ones", () => {
    const segments = disputeListSegments("urgency")
    expect(segments.map((segment) => segment.statuses)).toEqual([["needs_response"], ["under_review"], ["won", "lost"]])
    expect(Object.entries(segments[0].order)[0]).toEqual(["evidence_due_by", "ASC"])
  })
})

describe("segmentStatuses", () => {
  const [needsResponse, , decided] = disputeListSegments("urgency")

  it("should narrow a run to the statuses asked for, empty when none of its statuses are", () => {
    expect(segmentStatuses(decided, ["lost", "needs_response"])).toEqual(["lost"])
    expect(segmentStatuses(needsResponse, ["lost"])).toEqual([])
    expect(segmentStatuses(needsResponse, undefined)).toEqual(["needs_response"])
  })

  it("should give the newest-first run exactly the statuses asked for", () => {
    expect(segmentStatuses(disputeListSegments("-created_at")[0], ["won"])).toEqual(["won"])
    expect(segmentStatuses(disputeListSegments("-created_at")[0], undefined)).toBeNull()
  })
})
