import { formatDate, formatDateTime } from "../dates"

describe("formatDateTime", () => {
  it("should write the date and time the reader's way", () => {
    const value = "2026-11-23T10:15:00Z"
    const expected = (locale: string) =>
      new Date(value).toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" })
    expect(formatDateTime(value, "en-US")).toBe(expected("en-US"))
    expect(formatDateTime(value, "de-DE")).toBe(expected("de-DE"))
    expect(formatDateTime(value, "de-DE")).toMatch(/^23\.11\.2026, \d\d:\d\d$/)
  })

  it("should show a dash for a missing or unreadable date", () => {
    expect(formatDateTime(null, "en-US")).toBe("-")
    expect(formatDateTime("not a date", "en-US")).toBe("-")
  })
})

describe("formatDate", () => {
  it("should write Stripe's arrival day as that same day, without a time, in the reader's locale", () => {
    expect(formatDate("2026-12-09", "en-US")).toBe("Dec 9, 2026")
    expect(formatDate("2026-12-09", "de-DE")).toBe("09.12.2026")
  })

  it("should keep the UTC day of a full timestamp late in the day", () => {
    expect(formatDate("2026-12-09T23:30:00Z", "en-US")).toBe("Dec 9, 2026")
  })

  it("should show a dash for a missing or unreadable date", () => {
    expect(formatDate(null, "en-US")).toBe("-")
    expect(formatDate("soon", "en-US")).toBe("-")
  })
})
