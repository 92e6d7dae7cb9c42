import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type Stripe from "stripe"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { signPayload, waitFor } from "../webhooks/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { syncStripeDisputeWorkflow } from "../../../src/workflows/disputes/workflows/sync-stripe-dispute"
import { markPaymentDisputedStep, type MarkPaymentDisputedStepInput } from "../../../src/workflows/disputes/steps/mark-payment-disputed"

jest.setTimeout(120_000)

type HostEvent = { name: string; data: Record<string, unknown> }

const PLATFORM_SECRET = (process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM || "whsec_dev_platform_secret").split(",")[0]

/** The payment write a dispute handler makes after its dispute write, run on its own. */
const markPaymentWorkflow = createWorkflow("test-mark-payment-disputed", (input: MarkPaymentDisputedStepInput) => {
  return new WorkflowResponse(markPaymentDisputedStep(input))
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    let otherAccountId: string
    const hostEvents: HostEvent[] = []
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const stripe = async () => emulatorStripe()

    beforeAll(async () => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of ["stripe.dispute_created", "stripe.dispute_updated"]) {
        eventBus.subscribe(name, async (event: { name: string; data: unknown }) => {
          hostEvents.push({ name: event.name, data: event.data as Record<string, unknown> })
        }, { subscriberId: `disputes-spec-${name}` })
      }
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      hostEvents.length = 0
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_123")
      otherAccountId = await onboardedAccount(api, container(), admin.headers, "merchant_456")
    })

    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })
    const evidencePath = (id: string) => `/admin/stripe-connect/disputes/${id}/evidence`

    /** A destination charge through the admin API, paid by the customer; returns its payment intent and charge. */
    async function paidPayment(account = accountId, amount = 2500): Promise<{ pi: string; charge: string }> {
      const created = await api.post(
        "/admin/stripe-connect/payments",
        { account_id: account, amount, currency: "usd", capture_method: "automatic", application_fee_amount: 75 },
        as(admin)
      )
      expect(created.status).toBe(200)
      const pi = created.data.payment_intent_id as string
      await emulator("POST", `/payment_intents/${pi}/confirm`)
      const intent = await (await stripe()).paymentIntents.retrieve(pi)
      return { pi, charge: String(intent.latest_charge) }
    }

    async function deliverPlatformEvent(type: string, objectId: string): Promise<Stripe.Event> {
      const event = await waitFor(async () => {
        const { data } = await emulator<{ data: Stripe.Event[] }>("GET", `/events?type=${type}`)
        return data.find((candidate) => (candidate.data.object as { id: string }).id === objectId)
      }, `the emulator's ${type} event`)
      const payload = JSON.stringify(event)
      const response = await api.post("/hooks/stripe-connect/platform", payload, {
        headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, PLATFORM_SECRET) },
        validateStatus: () => true,
        transformRequest: [(data: string) => data],
      })
      expect(response.status).toBe(200)
      return event
    }

    /** Opens a dispute on a paid payment and lets its webhook store it. */
    async function openDispute(account = accountId, reason = "fraudulent"): Promise<{ dispute: string; pi: string }> {
      const { pi, charge } = await paidPayment(account)
      const { id } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, { reason })
      await deliverPlatformEvent("charge.dispute.created", id)
      await waitFor(async () => (await service().listStripeConnectDisputes({ dispute_id: id })).length > 0, "the stored dispute")
      return { dispute: id, pi }
    }

    describe("GET /admin/stripe-connect/disputes", () => {
      it("should list a dispute reported by webhook with the specification's fields and tell the host", async () => {
        const { dispute, pi } = await openDispute()
        const response = await api.get("/admin/stripe-connect/disputes", as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ count: 1, offset: 0, limit: 20 }))
        expect(response.data.data[0]).toEqual(
          expect.objectContaining({
            dispute_id: dispute,
            payment_intent_id: pi,
            account_id: accountId,
            amount: 2500,
            reason: "fraudulent",
            status: "needs_response",
            evidence_due_by: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
            created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
          })
        )
        const payment = await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))
        expect(payment.data.dispute_status).toBe("needs_response")
        await waitFor(async () => hostEvents.find((event) => event.name === "stripe.dispute_created"), "stripe.dispute_created")
        expect(hostEvents.find((event) => event.name === "stripe.dispute_created")?.data).toEqual(
          expect.objectContaining({ dispute_id: dispute, payment_intent_id: pi, account_id: accountId, amount: 2500, status: "needs_response" })
        )
      })

      it("should filter by account, status and payment, page, and show each merchant only its disputes", async () => {
        const a = await openDispute(accountId, "fraudulent")
        const b = await openDispute(otherAccountId, "product_not_received")
        await emulator("POST", `/disputes/${a.dispute}/close`, { outcome: "lost" })
        await deliverPlatformEvent("charge.dispute.closed", a.dispute)
        await waitFor(async () => (await service().listStripeConnectDisputes({ dispute_id: a.dispute, status: "lost" })).length > 0, "lost")

        const ids = async (query: string, who: TestAdmin = admin) =>
          (await api.get(`/admin/stripe-connect/disputes${query}`, as(who))).data.data.map((row: { dispute_id: string }) => row.dispute_id)
        expect(await ids("")).toEqual([b.dispute, a.dispute])
        expect(await ids(`?account_id=${accountId}`)).toEqual([a.dispute])
        expect(await ids("?status=lost")).toEqual([a.dispute])
        expect(await ids("?status=needs_response")).toEqual([b.dispute])
        expect(await ids(`?payment_intent_id=${b.pi}`)).toEqual([b.dispute])
        const page = await api.get("/admin/stripe-connect/disputes?limit=1&offset=1", as(admin))
        expect(page.data).toEqual(expect.objectContaining({ count: 2, offset: 1, limit: 1 }))
        expect(page.data.data[0].dispute_id).toBe(a.dispute)
        const bad = await api.get("/admin/stripe-connect/disputes?status=open", as(admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")

        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_456"] }] })
        expect(await ids("", scoped)).toEqual([b.dispute])
      })

      it("should list by urgency across pages: needing a response by deadline, then under review, then decided", async () => {
        const later = await openDispute(accountId)
        const sooner = await openDispute(otherAccountId)
        const reviewed = await openDispute(accountId)
        const lost = await openDispute(accountId)
        const dueIn = async (dispute: string, days: number) => {
          const [row] = await service().listStripeConnectDisputes({ dispute_id: dispute })
          await service().updateStripeConnectDisputes({ id: row.id, evidence_due_by: new Date(Date.now() + days * 86_400_000) })
        }
        await dueIn(later.dispute, 10)
        await dueIn(sooner.dispute, 2)
        const submitted = await api.post(evidencePath(reviewed.dispute), { evidence: { customer_name: "John Doe" }, submit: true }, as(admin))
        expect(submitted.data.status).toBe("under_review")
        await emulator("POST", `/disputes/${lost.dispute}/close`, { outcome: "lost" })
        await deliverPlatformEvent("charge.dispute.closed", lost.dispute)
        await waitFor(async () => (await service().listStripeConnectDisputes({ dispute_id: lost.dispute, status: "lost" })).length > 0, "lost")

        const ids = async (query: string) =>
          (await api.get(`/admin/stripe-connect/disputes${query}`, as(admin))).data.data.map((row: { dispute_id: string }) => row.dispute_id)
        expect(await ids("")).toEqual([lost.dispute, reviewed.dispute, sooner.dispute, later.dispute])
        expect(await ids("?order=-created_at")).toEqual([lost.dispute, reviewed.dispute, sooner.dispute, later.dispute])
        expect(await ids("?order=urgency")).toEqual([sooner.dispute, later.dispute, reviewed.dispute, lost.dispute])
        const page = await api.get("/admin/stripe-connect/disputes?order=urgency&limit=2&offset=1", as(admin))
        expect(page.data).toEqual(expect.objectContaining({ count: 4, offset: 1, limit: 2 }))
        expect(page.data.data.map((row: { dispute_id: string }) => row.dispute_id)).toEqual([later.dispute, reviewed.dispute])
        expect(await ids("?order=urgency&limit=2&offset=3")).toEqual([lost.dispute])
        expect(await ids("?order=urgency&status=needs_response&status=lost")).toEqual([sooner.dispute, later.dispute, lost.dispute])
        expect(await ids(`?order=urgency&account_id=${accountId}`)).toEqual([later.dispute, reviewed.dispute, lost.dispute])

        const bad = await api.get("/admin/stripe-connect/disputes?order=deadline", as(admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("order")
      })

      it("should show won after charge.dispute.closed, on the dispute and its payment, and emit stripe.dispute_updated", async () => {
        const { dispute, pi } = await openDispute()
        await emulator("POST", `/disputes/${dispute}/close`, { outcome: "won" })
        await deliverPlatformEvent("charge.dispute.closed", dispute)
        await waitFor(async () => (await service().listStripeConnectDisputes({ dispute_id: dispute, status: "won" })).length > 0, "won")
        const response = await api.get("/admin/stripe-connect/disputes", as(admin))
        expect(response.data.data[0].status).toBe("won")
        expect((await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))).data.dispute_status).toBe("won")
        await waitFor(async () => hostEvents.find((event) => event.name === "stripe.dispute_updated" && event.data.status === "won"), "stripe.dispute_updated")
      })
    })

    describe("POST /admin/stripe-connect/disputes/:dispute_id/evidence", () => {
      it("should stage the specification's evidence (an existing file id included) and keep it editable", async () => {
        const { dispute } = await openDispute()
        const file = await (await stripe()).files.create({ purpose: "dispute_evidence", file: { data: Buffer.from("%PDF-1.4 receipt"), name: "receipt.pdf", type: "application/pdf" } })
        const staged = await api.post(
          evidencePath(dispute),
          {
            evidence: {
              customer_name: "John Doe",
              customer_email: "john@example.com",
              receipt: file.id,
              service_documentation: "Order was fulfilled and picked up by customer",
            },
            submit: false,
          },
          as(admin)
        )
        expect(staged.status).toBe(200)
        expect(staged.data).toEqual(
          expect.objectContaining({
            dispute_id: dispute,
            status: "needs_response",
            submitted_at: null,
            evidence: {
              customer_name: "John Doe",
              customer_email_address: "john@example.com",
              receipt: file.id,
              service_documentation: "Order was fulfilled and picked up by customer",
            },
          })
        )
        const [request] = await emulatorRequests({ method: "POST", path: `/v1/disputes/${dispute}` })
        expect(request.params).toEqual(
          expect.objectContaining({
            evidence: expect.objectContaining({ customer_name: "John Doe", customer_email_address: "john@example.com", receipt: file.id }),
            submit: "false",
          })
        )
        expect(request.idempotency_key).toMatch(new RegExp(`^stripe-connect:dispute-evidence:${dispute}:`))

        const edited = await api.post(evidencePath(dispute), { evidence: { customer_name: "Jane Doe" } }, as(admin))
        expect(edited.status).toBe(200)
        expect(edited.data.evidence).toEqual(expect.objectContaining({ customer_name: "Jane Doe", receipt: file.id }))
        const atStripe = await (await stripe()).disputes.retrieve(dispute)
        expect(atStripe.evidence.customer_name).toBe("Jane Doe")
        expect(atStripe.status).toBe("needs_response")
      })

      it("should keep every field of evidence posts made at the same time", async () => {
        const { dispute } = await openDispute()
        const fields = {
          customer_name: "John Doe",
          customer_email_address: "john@example.com",
          billing_address: "1 Main St",
          product_description: "A lamp",
          service_date: "2026-11-01",
          refund_policy_disclosure: "Shown at checkout",
        }
        const posts = await Promise.all(
          Object.entries(fields).map(([field, value]) => api.post(evidencePath(dispute), { evidence: { [field]: value } }, as(admin)))
        )
        expect(posts.map((post) => post.status)).toEqual(Object.keys(fields).map(() => 200))

        const [row] = await service().listStripeConnectDisputes({ dispute_id: dispute })
        expect(row.staged_evidence).toEqual(fields)
        const shown = await api.get(`/admin/stripe-connect/disputes?payment_intent_id=${row.payment_intent_id}`, as(admin))
        expect(shown.data.data[0].evidence).toEqual(fields)
      })

      it("should upload a file to Stripe with purpose dispute_evidence and use its id", async () => {
        const { dispute } = await openDispute()
        const response = await api.post(
          evidencePath(dispute),
          {
            evidence: {
              receipt: { filename: "receipt.pdf", content_type: "application/pdf", data_base64: Buffer.from("%PDF-1.4 a receipt").toString("base64") },
            },
          },
          as(admin)
        )
        expect(response.status).toBe(200)
        const [upload] = await emulatorRequests({ method: "POST", path: "/v1/files" })
        expect(upload.params).toEqual(expect.objectContaining({ purpose: "dispute_evidence" }))
        expect(response.data.evidence.receipt).toMatch(/^file_/)
        expect((await (await stripe()).disputes.retrieve(dispute)).evidence.receipt).toBe(response.data.evidence.receipt)
      })

      it("should take a multipart/form-data upload: text fields, a file part uploaded to Stripe, and submit", async () => {
        const { dispute } = await openDispute()
        const form = new FormData()
        form.append("evidence[customer_name]", "John Doe")
        form.append("evidence[receipt]", new Blob([Buffer.from("%PDF-1.4 a receipt")], { type: "application/pdf" }), "receipt.pdf")
        form.append("submit", "true")
        const response = await api.post(evidencePath(dispute), form, as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ status: "under_review", submitted_at: expect.any(String) }))
        expect(response.data.evidence).toEqual({ customer_name: "John Doe", receipt: expect.stringMatching(/^file_/) })
        const [upload] = await emulatorRequests({ method: "POST", path: "/v1/files" })
        expect(upload.params).toEqual(expect.objectContaining({ purpose: "dispute_evidence" }))
        const atStripe = await (await stripe()).disputes.retrieve(dispute)
        expect(atStripe.evidence.receipt).toBe(response.data.evidence.receipt)
        expect(atStripe.status).toBe("under_review")
      })

      it("should refuse a multipart file of a type Stripe does not take, naming content_type", async () => {
        const { dispute } = await openDispute()
        const form = new FormData()
        form.append("evidence[receipt]", new Blob([Buffer.from("MZ")], { type: "application/x-msdownload" }), "receipt.exe")
        const response = await api.post(evidencePath(dispute), form, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("content_type")
        expect(await emulatorRequests({ method: "POST", path: "/v1/files" })).toHaveLength(0)
      })

      it("should submit, after which further edits are a clear 400", async () => {
        const { dispute } = await openDispute()
        const submitted = await api.post(evidencePath(dispute), { evidence: { customer_name: "John Doe" }, submit: true }, as(admin))
        expect(submitted.status).toBe(200)
        expect(submitted.data).toEqual(expect.objectContaining({ status: "under_review", submitted_at: expect.any(String) }))
        const again = await api.post(evidencePath(dispute), { evidence: { customer_name: "Someone Else" } }, as(admin))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("already submitted")
        expect((await (await stripe()).disputes.retrieve(dispute)).evidence.customer_name).toBe("John Doe")
      })

      it("should keep a submitted dispute under review when a dispute handler that read it before the submission writes after it", async () => {
        const { dispute, pi } = await openDispute()
        // What a charge.dispute.updated handler read from Stripe before the submission, written after it.
        const readBefore = await (await stripe()).disputes.retrieve(dispute)
        expect(readBefore.status).toBe("needs_response")
        expect((await api.post(evidencePath(dispute), { evidence: { customer_name: "John Doe" }, submit: true }, as(admin))).status).toBe(200)
        const { result } = await syncStripeDisputeWorkflow(container()).run({
          input: { dispute: readBefore, event_created: Math.floor(Date.now() / 1000) },
        })
        expect(result.dispute).toEqual(expect.objectContaining({ status: "under_review", submitted_at: expect.anything() }))
        const [stored] = await service().listStripeConnectDisputes({ dispute_id: dispute })
        expect(stored.status).toBe("under_review")
        expect((await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))).data.dispute_status).toBe("under_review")
      })

      it("should keep the payment showing the submitted dispute when a handler's payment write from before the submission lands after it", async () => {
        const { dispute, pi } = await openDispute()
        expect((await api.post(evidencePath(dispute), { evidence: { customer_name: "John Doe" }, submit: true }, as(admin))).status).toBe(200)
        // A handler stored needs_response on the dispute before the submission and writes the payment after it.
        await markPaymentWorkflow(container()).run({ input: { dispute_id: dispute, payment_intent_id: pi, status: "needs_response" } })
        expect((await api.get(`/admin/stripe-connect/payments/${pi}`, as(admin))).data.dispute_status).toBe("under_review")
      })

      it("should refuse edits past evidence_due_by with a clear 400", async () => {
        const { dispute } = await openDispute()
        const [row] = await service().listStripeConnectDisputes({ dispute_id: dispute })
        await service().updateStripeConnectDisputes({ id: row.id, evidence_due_by: new Date(Date.now() - 60_000) })
        const response = await api.post(evidencePath(dispute), { evidence: { customer_name: "John Doe" } }, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("was due by")
        expect(await emulatorRequests({ method: "POST", path: `/v1/disputes/${dispute}` })).toHaveLength(0)
      })

      it("should take a dispute no webhook has reported yet from Stripe", async () => {
        const { charge } = await paidPayment()
        const { id } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, { reason: "duplicate" })
        const response = await api.post(evidencePath(id), { evidence: { duplicate_charge_explanation: "Two different orders" } }, as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ dispute_id: id, account_id: accountId, reason: "duplicate" }))
      })

      it("should store submitted evidence when the dispute's first webhook stores the dispute at the same moment", async () => {
        const { charge } = await paidPayment()
        const { id } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, { reason: "duplicate" })
        // charge.dispute.created is handled between the submission's read (no stored dispute) and its insert.
        const stored = service() as unknown as { createStripeConnectDisputes: (data: object) => Promise<unknown> }
        const create = stored.createStripeConnectDisputes.bind(stored)
        jest.spyOn(stored, "createStripeConnectDisputes").mockImplementationOnce(async (data) => {
          const dispute = await (await stripe()).disputes.retrieve(id)
          await syncStripeDisputeWorkflow(container()).run({ input: { dispute, event_created: dispute.created } })
          return create(data)
        })
        let response: Awaited<ReturnType<typeof api.post>>
        try {
          response = await api.post(evidencePath(id), { evidence: { duplicate_charge_explanation: "Two different orders" }, submit: true }, as(admin))
        } finally {
          jest.restoreAllMocks()
        }
        expect(response.status).toBe(200)
        const rows = await service().listStripeConnectDisputes({ dispute_id: id })
        expect(rows).toHaveLength(1)
        expect(rows[0]).toEqual(
          expect.objectContaining({
            status: "under_review",
            staged_evidence: { duplicate_charge_explanation: "Two different orders" },
            submitted_at: expect.anything(),
          })
        )
      })

      it.each([
        ["evidence.favourite_colour", { evidence: { favourite_colour: "blue" } }],
        ["evidence.customer_name", { evidence: { customer_name: { filename: "a.pdf", content_type: "application/pdf", data_base64: "AAAA" } } }],
        ["evidence.receipt", { evidence: { receipt: "file_" } }],
        ["evidence", {}],
        ["submit", { evidence: { customer_name: "x" }, submit: "yes" }],
      ])("should answer 400 naming %s for bad input", async (field, body) => {
        const { dispute } = await openDispute()
        const response = await api.post(evidencePath(dispute), body, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await emulatorRequests({ method: "POST", path: `/v1/disputes/${dispute}` })).toHaveLength(0)
      })

      it("should answer 404 for an unknown dispute and for another merchant's dispute", async () => {
        const { dispute } = await openDispute()
        expect((await api.post(evidencePath("dp_unknown"), { evidence: { customer_name: "x" } }, as(admin))).status).toBe(404)
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_456"] }] })
        const response = await api.post(evidencePath(dispute), { evidence: { customer_name: "x" } }, as(scoped))
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("not_found")
      })
    })
  },
})
