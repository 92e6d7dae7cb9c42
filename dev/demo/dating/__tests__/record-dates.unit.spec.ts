import { recordDateChanges, type StoredRecord, type StripeTimes } from "../record-dates"

const seenAt = new Date("2026-11-23T13:00:00.000Z")
const tenDaysAgo = Date.parse("2026-11-13T09:30:00.000Z") / 1000
const times = (created: Record<string, number>, captured: Record<string, number> = {}): StripeTimes => ({
  created: new Map(Object.entries(created)),
  captured: new Map(Object.entries(captured)),
})

describe("recordDateChanges", () => {
  it("should date a payment's creation and capture as at Stripe: created, and when its intent succeeded", () => {
    const payment: StoredRecord = { table: "stripe_connect_payment", id: "scpay_1", stripe_id: "pi_1", created_at: seenAt, captured_at: seenAt }
    expect(recordDateChanges([payment], times({ pi_1: tenDaysAgo }, { pi_1: tenDaysAgo + 60 }))).toEqual([
      { table: "stripe_connect_payment", id: "scpay_1", column: "created_at", value: new Date("2026-11-13T09:30:00.000Z") },
      { table: "stripe_connect_payment", id: "scpay_1", column: "captured_at", value: new Date("2026-11-13T09:31:00.000Z") },
    ])
  })

  it("should use the intent's created time for a capture without a succeeded event, and leave an uncaptured payment uncaptured", () => {
    const captured: StoredRecord = { table: "stripe_connect_payment", id: "scpay_1", stripe_id: "pi_1", created_at: seenAt, captured_at: seenAt }
    const authorized: StoredRecord = { table: "stripe_connect_payment", id: "scpay_2", stripe_id: "pi_2", created_at: seenAt, captured_at: null }
    const changes = recordDateChanges([captured, authorized], times({ pi_1: tenDaysAgo, pi_2: tenDaysAgo }))
    expect(changes.filter((c) => c.column === "captured_at")).toEqual([
      { table: "stripe_connect_payment", id: "scpay_1", column: "captured_at", value: new Date(tenDaysAgo * 1000) },
    ])
    expect(changes.filter((c) => c.id === "scpay_2").map((c) => c.column)).toEqual(["created_at"])
  })

  it("should change nothing for records already dated, so running it again is a no-op", () => {
    const dated = new Date(tenDaysAgo * 1000)
    const records: StoredRecord[] = [
      { table: "stripe_connect_payment", id: "scpay_1", stripe_id: "pi_1", created_at: dated, captured_at: dated },
      { table: "stripe_connect_refund", id: "scref_1", stripe_id: "re_1", created_at: dated },
    ]
    expect(recordDateChanges(records, times({ pi_1: tenDaysAgo, re_1: tenDaysAgo }))).toEqual([])
  })

  it("should leave records whose Stripe object is not listed alone", () => {
    const payout: StoredRecord = { table: "stripe_connect_payout", id: "scpo_1", stripe_id: "po_gone", created_at: seenAt }
    expect(recordDateChanges([payout], times({ po_other: tenDaysAgo }))).toEqual([])
  })
})
