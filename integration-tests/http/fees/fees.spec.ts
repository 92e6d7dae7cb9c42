import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"

jest.setTimeout(120_000)

/** The specification's example document. */
const SPEC_DOCUMENT = {
  default_fee_percent: 2.9,
  default_fee_fixed: 30,
  fee_tiers: [
    { volume_min: 0, volume_max: 10000, fee_percent: 3.0, fee_fixed: 30 },
    { volume_min: 10001, volume_max: 50000, fee_percent: 2.5, fee_fixed: 25 },
  ],
  per_merchant_overrides: [{ merchant_id: "merchant_123", fee_percent: 2.0, fee_fixed: 20, reason: "Enterprise agreement" }],
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let paymentAdmin: TestAdmin
    let posStaff: TestAdmin

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), { roles: [{ role: "platform_admin" }] })
      paymentAdmin = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin" }] })
      posStaff = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff" }] })
    })

    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const getFees = (query = "", who: TestAdmin = admin) => api.get(`/admin/stripe-connect/fees${query}`, as(who))
    const putFees = (body: object, query = "", who: TestAdmin = admin) => api.put(`/admin/stripe-connect/fees${query}`, body, as(who))
    const history = (query = "") => api.get(`/admin/stripe-connect/fees/history${query}`, as(admin))

    describe("GET /admin/stripe-connect/fees", () => {
      it("should answer a no-fee document before anything is configured", async () => {
        const response = await getFees()
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          default_fee_percent: 0,
          default_fee_fixed: 0,
          fee_tiers: [],
          per_merchant_overrides: [],
          currency: null,
          updated_at: null,
          updated_by: null,
        })
      })

      it("should be readable by payment_admin and refused to pos_staff", async () => {
        expect((await getFees("", paymentAdmin)).status).toBe(200)
        expect((await getFees("", posStaff)).status).toBe(403)
      })
    })

    describe("PUT /admin/stripe-connect/fees", () => {
      it("should store the specification's document and answer it back", async () => {
        const response = await putFees(SPEC_DOCUMENT)
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ ...SPEC_DOCUMENT, currency: null, updated_by: admin.userId }))
        const read = await getFees()
        expect(read.data).toEqual(expect.objectContaining(SPEC_DOCUMENT))
      })

      it("should accept POST as PUT and fill left-out fields with their defaults", async () => {
        const response = await api.post("/admin/stripe-connect/fees", { default_fee_percent: 1.5 }, as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual(
          expect.objectContaining({ default_fee_percent: 1.5, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] })
        )
      })

      it("should be refused to payment_admin (configuration is for platform admins)", async () => {
        const response = await putFees(SPEC_DOCUMENT, "", paymentAdmin)
        expect(response.status).toBe(403)
        expect((await getFees()).data.updated_at).toBeNull()
      })

      it("should refuse overlapping tiers with a 400 naming the field and index, and write nothing", async () => {
        await putFees(SPEC_DOCUMENT)
        const overlapping = {
          ...SPEC_DOCUMENT,
          default_fee_percent: 5,
          fee_tiers: [SPEC_DOCUMENT.fee_tiers[0], { ...SPEC_DOCUMENT.fee_tiers[1], volume_min: 9000 }],
        }
        const response = await putFees(overlapping)
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_request")
        expect(response.data.message).toContain("fee_tiers[1].volume_min")
        expect((await getFees()).data.default_fee_percent).toBe(2.9)
        expect((await history()).data.count).toBe(1)
      })

      it("should refuse bad percents, fractional or negative fixed amounts and duplicate overrides, naming each field", async () => {
        const cases: [object, string][] = [
          [{ ...SPEC_DOCUMENT, default_fee_percent: 100.5 }, "default_fee_percent"],
          [{ ...SPEC_DOCUMENT, default_fee_fixed: 2.5 }, "default_fee_fixed"],
          [{ ...SPEC_DOCUMENT, fee_tiers: [{ ...SPEC_DOCUMENT.fee_tiers[0], fee_fixed: -1 }] }, "fee_tiers[0].fee_fixed"],
          [
            { ...SPEC_DOCUMENT, per_merchant_overrides: [...SPEC_DOCUMENT.per_merchant_overrides, { merchant_id: "merchant_123", fee_percent: 1 }] },
            "per_merchant_overrides[1].merchant_id",
          ],
          [{ ...SPEC_DOCUMENT, default_fee_percent: "2.9" }, "default_fee_percent"],
          [{ ...SPEC_DOCUMENT, surprise: true }, "surprise"],
        ]
        for (const [body, field] of cases) {
          const response = await putFees(body)
          expect({ field, status: response.status }).toEqual({ field, status: 400 })
          expect(response.data.message).toContain(field)
        }
        expect((await history()).data.count).toBe(0)
      })

      it("should keep a currency's own document apart from the platform-wide one", async () => {
        await putFees(SPEC_DOCUMENT)
        const yen = { default_fee_percent: 3.6, default_fee_fixed: 40, fee_tiers: [], per_merchant_overrides: [] }
        const saved = await putFees(yen, "?currency=JPY")
        expect(saved.status).toBe(200)
        expect(saved.data).toEqual(expect.objectContaining({ ...yen, currency: "jpy" }))
        expect((await getFees("?currency=jpy")).data).toEqual(expect.objectContaining({ ...yen, currency: "jpy" }))
        expect((await getFees("?currency=eur")).data).toEqual(expect.objectContaining({ ...SPEC_DOCUMENT, currency: null }))
        expect((await getFees()).data.default_fee_percent).toBe(2.9)
        expect((await getFees("?currency=euro")).status).toBe(400)
      })
    })

    describe("GET /admin/stripe-connect/fees/history", () => {
      it("should keep every change with who, when, before and after, newest first", async () => {
        await putFees(SPEC_DOCUMENT)
        const second = { ...SPEC_DOCUMENT, default_fee_percent: 2.5 }
        const other = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
        await putFees(second, "", other)

        const response = await history()
        expect(response.status).toBe(200)
        expect(response.data.count).toBe(2)
        const [latest, first] = response.data.data
        expect(first).toEqual(
          expect.objectContaining({ actor_id: admin.userId, actor_type: "user", before: null, after: SPEC_DOCUMENT, currency: null })
        )
        expect(latest).toEqual(expect.objectContaining({ actor_id: other.userId, before: SPEC_DOCUMENT, after: second }))
        expect(new Date(latest.created_at).getTime()).toBeGreaterThanOrEqual(new Date(first.created_at).getTime())
      })

      it("should narrow to one currency and be refused to payment_admin", async () => {
        await putFees(SPEC_DOCUMENT)
        await putFees({ default_fee_percent: 1 }, "?currency=usd")
        const usd = await history("?currency=usd")
        expect(usd.data.count).toBe(1)
        expect(usd.data.data[0].currency).toBe("usd")
        expect((await history("?currency=*")).data.count).toBe(1)
        const refused = await api.get("/admin/stripe-connect/fees/history", as(paymentAdmin))
        expect(refused.status).toBe(403)
      })
    })

    describe("POST /admin/stripe-connect/fees/preview", () => {
      const preview = (body: object, who: TestAdmin = paymentAdmin) => api.post("/admin/stripe-connect/fees/preview", body, as(who))

      it("should show the fee a payment would get and the rule that decided it", async () => {
        await putFees(SPEC_DOCUMENT)
        const override = await preview({ amount: 2500, currency: "usd", merchant_id: "merchant_123" })
        expect(override.status).toBe(200)
        // 2 % of 2500 + 20
        expect(override.data).toEqual(
          expect.objectContaining({ application_fee: 70, destination_amount: 2430, source: "override", fee_percent: 2, fee_fixed: 20, monthly_volume: 0 })
        )
        // No volume yet: the first tier, 3 % of 2500 + 30
        const tier = await preview({ amount: 2500, currency: "USD", merchant_id: "merchant_new" })
        expect(tier.data).toEqual(expect.objectContaining({ application_fee: 105, source: "tier", tier_index: 0, currency: "usd" }))
        const explicit = await preview({ amount: 2500, currency: "usd", merchant_id: "merchant_new", application_fee_amount: 75 })
        expect(explicit.data).toEqual(expect.objectContaining({ application_fee: 75, source: "explicit" }))
      })

      it("should refuse a body without a merchant, pos_staff, and a merchant outside the caller's scope", async () => {
        const missing = await preview({ amount: 2500, currency: "usd" })
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("merchant_id")
        expect((await preview({ amount: 2500, currency: "usd", merchant_id: "m" }, posStaff)).status).toBe(403)
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_a"] }] })
        const outside = await preview({ amount: 2500, currency: "usd", merchant_id: "merchant_b" }, scoped)
        expect(outside.status).toBe(404)
        expect((await preview({ amount: 2500, currency: "usd", merchant_id: "merchant_a" }, scoped)).status).toBe(200)
      })
    })
  },
})
