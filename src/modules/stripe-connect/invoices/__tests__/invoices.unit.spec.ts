import { buildInvoiceLines, type InvoiceOrderInput } from "../build-invoice-lines"
import { decideThrottle } from "../throttle"
import { canApplyInvoiceStatus, isPayable, isVoidable, statusesAccepting } from "../invoice-status"

const sum = (lines: { amount: number }[]) => lines.reduce((total, line) => total + line.amount, 0)

describe("buildInvoiceLines", () => {
  const order = (overrides: Partial<InvoiceOrderInput> = {}): InvoiceOrderInput => ({
    currency_code: "USD",
    items: [
      { id: "item_1", title: "Shirt", variant_title: "L", quantity: 2, unit_price: 19.99 },
      { id: "item_2", title: "Mug", quantity: 1, unit_price: 8.5 },
    ],
    shipping_methods: [{ id: "sm_1", name: "Standard", amount: 4.95 }],
    discount_subtotal: 5,
    tax_total: 4.84,
    total: 53.27,
    ...overrides,
  })

  it("should make one line per order line with quantity and unit price, plus shipping, discount and tax", () => {
    const result = buildInvoiceLines(order())
    expect(result.currency).toBe("usd")
    expect(result.lines).toEqual([
      { kind: "item", source_id: "item_1", description: "Shirt (L)", quantity: 2, unit_amount: 1999, amount: 3998 },
      { kind: "item", source_id: "item_2", description: "Mug", quantity: 1, unit_amount: 850, amount: 850 },
      {
        kind: "shipping",
        source_id: "sm_1",
        description: "Shipping: Standard",
        quantity: 1,
        unit_amount: null,
        amount: 495,
      },
      { kind: "discount", source_id: null, description: "Discount", quantity: 1, unit_amount: null, amount: -500 },
      { kind: "tax", source_id: null, description: "Tax", quantity: 1, unit_amount: null, amount: 484 },
    ])
    expect(result.total).toBe(5327)
    expect(sum(result.lines)).toBe(5327)
  })

  it("should add no rounding line when the rounded lines already sum to the rounded total", () => {
    const result = buildInvoiceLines(order({ tax_total: "4.8449", discount_subtotal: "5.0049", total: "53.2749" }))
    expect(result.lines.some((line) => line.kind === "rounding")).toBe(false)
    expect(sum(result.lines)).toBe(5327)
  })

  it("should add a rounding line when fractional amounts round away from the total", () => {
    // tax 4.845 -> 485 and discount 4.995 -> 500 sum to 5328, but the total 53.2749 rounds to 5327.
    const result = buildInvoiceLines(order({ tax_total: "4.845", discount_subtotal: "4.995", total: "53.2749" }))
    expect(result.total).toBe(5327)
    expect(result.lines[result.lines.length - 1]).toEqual(
      expect.objectContaining({ kind: "rounding", description: "Rounding adjustment", amount: -1 })
    )
    expect(sum(result.lines)).toBe(5327)
  })

  it("should price a unit price finer than the minor unit as one line of the rounded line total", () => {
    const result = buildInvoiceLines(
      order({
        items: [{ id: "i", title: "Bolt", quantity: 3, unit_price: "0.333" }],
        shipping_methods: [],
        discount_subtotal: 0,
        tax_total: 0,
        total: "0.999",
      })
    )
    expect(result.lines).toEqual([
      { kind: "item", source_id: "i", description: "Bolt x 3", quantity: 1, unit_amount: null, amount: 100 },
    ])
    expect(result.total).toBe(100)
  })

  it("should keep zero-decimal currencies in whole units", () => {
    const result = buildInvoiceLines({
      currency_code: "jpy",
      items: [{ id: "i", title: "Tea", quantity: 3, unit_price: 1200 }],
      shipping_methods: [{ id: "s", name: "Post", amount: 500 }],
      discount_subtotal: 100,
      tax_total: 410,
      total: 4410,
    })
    expect(result.lines.map((line) => line.amount)).toEqual([3600, 500, -100, 410])
    expect(result.total).toBe(4410)
  })

  it("should refuse a fractional quantity naming the field and line", () => {
    expect(() =>
      buildInvoiceLines(order({ items: [{ id: "item_9", title: "Cloth", quantity: 1.5, unit_price: 2 }] }))
    ).toThrow(/items: .*item_9/)
  })
})

describe("decideThrottle", () => {
  const now = new Date("2026-01-01T00:01:00.000Z")
  const hitsAgo = (...seconds: number[]) => seconds.map((s) => new Date(now.getTime() - s * 1000))

  it("should allow up to the limit within the window", () => {
    expect(
      decideThrottle({ hits: hitsAgo(...Array.from({ length: 19 }, (_, i) => i)), now, limit: 20, windowMs: 60_000 })
    ).toEqual({ allowed: true })
  })

  it("should refuse the request over the limit and say when the oldest hit leaves the window", () => {
    const hits = hitsAgo(...Array.from({ length: 20 }, (_, i) => 50 - i))
    expect(decideThrottle({ hits, now, limit: 20, windowMs: 60_000 })).toEqual({
      allowed: false,
      retryAfterSeconds: 10,
    })
  })

  it("should not count hits older than the window", () => {
    const hits = hitsAgo(...Array.from({ length: 20 }, () => 61))
    expect(decideThrottle({ hits, now, limit: 20, windowMs: 60_000 })).toEqual({ allowed: true })
  })
})

describe("invoice status rules", () => {
  it("should move forward only, keeping paid and void final", () => {
    expect(canApplyInvoiceStatus("draft", "open")).toBe(true)
    expect(canApplyInvoiceStatus("open", "paid")).toBe(true)
    expect(canApplyInvoiceStatus("uncollectible", "paid")).toBe(true)
    expect(canApplyInvoiceStatus("open", "open")).toBe(true)
    expect(canApplyInvoiceStatus("paid", "open")).toBe(false)
    expect(canApplyInvoiceStatus("paid", "void")).toBe(false)
    expect(canApplyInvoiceStatus("void", "paid")).toBe(false)
    expect(canApplyInvoiceStatus("open", "draft")).toBe(false)
    expect(canApplyInvoiceStatus("open", "unknown")).toBe(false)
  })

  it("should list the stored statuses a new status may replace, so a write can check them in the same statement", () => {
    expect(statusesAccepting("open")).toEqual(["draft", "open"])
    expect(statusesAccepting("void")).toEqual(["draft", "open", "uncollectible", "void"])
    expect(statusesAccepting("paid")).toEqual(["draft", "open", "uncollectible", "paid"])
    expect(statusesAccepting("unknown")).toEqual([])
  })

  it("should void only draft or open invoices and treat only open invoices with money due as payable", () => {
    expect(["draft", "open", "paid", "void", "uncollectible"].filter(isVoidable)).toEqual(["draft", "open"])
    expect(isPayable({ status: "open", amount_remaining: 100 })).toBe(true)
    expect(isPayable({ status: "open", amount_remaining: 0 })).toBe(false)
    expect(isPayable({ status: "paid", amount_remaining: 0 })).toBe(false)
  })
})
