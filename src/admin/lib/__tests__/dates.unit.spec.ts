import { formatDateTime } from "../dates"

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
