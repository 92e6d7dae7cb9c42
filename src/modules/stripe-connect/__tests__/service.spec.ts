import { stripeConnectModuleTest } from "./fixtures/module-runner"

jest.setTimeout(60_000)

/** One model's generated CRUD, as closures over the service, for the round trip below. */
type Crud<Row extends { id: string }> = {
  create: () => Promise<Row>
  retrieve: (id: string) => Promise<Row>
  update: (id: string) => Promise<Row>
  list: (id: string) => Promise<Row[]>
  softDelete: (id: string) => Promise<unknown>
  restore: (id: string) => Promise<unknown>
  /** What `update` changes. */
  changed: Partial<Row>
  /** Relations `create` answers that a plain `retrieve` leaves out. */
  relations?: (keyof Row)[]
}

/** Creates, reads back, updates, lists, soft-deletes and restores one record. */
async function roundTrip<Row extends { id: string }>(crud: Crud<Row>, prefix: string) {
  const created = await crud.create()
  expect(created.id).toMatch(new RegExp(`^${prefix}_`))
  const fields = Object.fromEntries(
    Object.entries(created).filter(([key]) => !crud.relations?.includes(key as keyof Row))
  )
  expect(await crud.retrieve(created.id)).toEqual(expect.objectContaining({ ...fields, updated_at: expect.anything() }))
  const updated = await crud.update(created.id)
  expect(updated).toEqual(expect.objectContaining(crud.changed))
  expect(await crud.retrieve(created.id)).toEqual(expect.objectContaining(crud.changed))
  expect((await crud.list(created.id)).map((row) => row.id)).toEqual([created.id])
  await crud.softDelete(created.id)
  expect(await crud.list(created.id)).toEqual([])
  await crud.restore(created.id)
  expect((await crud.list(created.id)).map((row) => row.id)).toEqual([created.id])
}

const at = new Date("2026-03-01T10:00:00.000Z")

stripeConnectModuleTest({
  testSuite: ({ service }) => {
    describe("StripeConnectModuleService", () => {
      it("should expose the validated options with their defaults", async () => {
        expect(await service.getOptions()).toEqual(
          expect.objectContaining({
            apiKey: "sk_test_module_suite",
            maxNetworkRetries: 2,
            publicUrl: "http://localhost:9000",
          })
        )
      })

      it("should reach Stripe where the options say through its gateway, with Stripe's failures in the API's codes", async () => {
        const gateway = await service.getStripeGateway()
        expect(gateway).toBe(await service.getStripeGateway())
        expect((await gateway.balance.retrieve()).object).toBe("balance")
        await expect(gateway.balance.retrieve("acct_not_on_the_emulator")).rejects.toMatchObject({
          code: "account_not_found",
        })
      })

      it("should seal secrets so that only the module can open them", async () => {
        const sealed = await service.sealSecret("whsec_account_secret")
        expect(sealed).not.toContain("whsec_account_secret")
        expect(await service.openSecret(sealed)).toBe("whsec_account_secret")
      })

      it("should keep one assignment per actor and role", async () => {
        await service.createRoleAssignments({ actor_id: "user_1", role: "pos_staff", merchant_ids: ["m1"] })
        await expect(
          service.createRoleAssignments({ actor_id: "user_1", role: "pos_staff", merchant_ids: null })
        ).rejects.toThrow()
        await service.createRoleAssignments({ actor_id: "user_1", role: "manager", merchant_ids: null })
        const assignments = await service.listRoleAssignments({ actor_id: "user_1" })
        expect(assignments.map((assignment) => assignment.role).sort()).toEqual(["manager", "pos_staff"])
        expect(assignments.find((assignment) => assignment.role === "pos_staff")?.merchant_ids).toEqual(["m1"])
      })

      it("should allow the role again once the assignment is deleted", async () => {
        const created = await service.createRoleAssignments({ actor_id: "user_2", role: "admin" })
        await service.softDeleteRoleAssignments(created.id)
        await expect(service.createRoleAssignments({ actor_id: "user_2", role: "admin" })).resolves.toBeDefined()
      })
    })

    describe("generated CRUD of every model", () => {
      it("should round-trip a role assignment", async () => {
        await roundTrip(
          {
            create: () =>
              service.createRoleAssignments({ actor_id: "user_crud", role: "manager", merchant_ids: ["m1"] }),
            retrieve: (id) => service.retrieveRoleAssignment(id),
            update: (id) => service.updateRoleAssignments({ id, merchant_ids: ["m1", "m2"] }),
            list: (id) => service.listRoleAssignments({ id }),
            softDelete: (id) => service.softDeleteRoleAssignments(id),
            restore: (id) => service.restoreRoleAssignments(id),
            changed: { merchant_ids: ["m1", "m2"] },
          },
          "scrole"
        )
      })

      it("should round-trip a connected account", async () => {
        await roundTrip(
          {
            create: () =>
              service.createConnectedAccounts({
                stripe_account_id: "acct_crud",
                merchant_id: "m1",
                mode: "test",
                type: "express",
                capabilities: { transfers: "inactive" },
              }),
            retrieve: (id) => service.retrieveConnectedAccount(id),
            update: (id) =>
              service.updateConnectedAccounts({ id, status: "active", capabilities: { transfers: "active" } }),
            list: (id) => service.listConnectedAccounts({ id }),
            softDelete: (id) => service.softDeleteConnectedAccounts(id),
            restore: (id) => service.restoreConnectedAccounts(id),
            changed: { status: "active", capabilities: { transfers: "active" } },
          },
          "scacct"
        )
      })

      it("should round-trip an integration", async () => {
        await roundTrip(
          {
            create: () => service.createStripeIntegrations({ name: "Main", mode: "test" }),
            retrieve: (id) => service.retrieveStripeIntegration(id),
            update: (id) =>
              service.updateStripeIntegrations({
                id,
                status: "connected",
                stripe_account_id: "acct_crud",
                connected_at: at,
              }),
            list: (id) => service.listStripeIntegrations({ id }),
            softDelete: (id) => service.softDeleteStripeIntegrations(id),
            restore: (id) => service.restoreStripeIntegrations(id),
            changed: { status: "connected", stripe_account_id: "acct_crud", connected_at: at },
          },
          "scint"
        )
      })

      it("should round-trip an OAuth state", async () => {
        await roundTrip(
          {
            create: () =>
              service.createOAuthStates({
                state_hash: "hash_crud",
                integration_id: "scint_1",
                actor_id: "user_1",
                expires_at: at,
              }),
            retrieve: (id) => service.retrieveOAuthState(id),
            update: (id) => service.updateOAuthStates({ id, used_at: at }),
            list: (id) => service.listOAuthStates({ id }),
            softDelete: (id) => service.softDeleteOAuthStates(id),
            restore: (id) => service.restoreOAuthStates(id),
            changed: { used_at: at },
          },
          "scoas"
        )
      })

      it("should round-trip a webhook event", async () => {
        await roundTrip(
          {
            create: () =>
              service.createWebhookEvents({
                stripe_event_id: "evt_crud",
                endpoint: "platform",
                account_key: "platform",
                type: "payout.paid",
                stripe_created_at: at,
                payload: { id: "evt_crud" },
                related_object_ids: ["po_1"],
              }),
            retrieve: (id) => service.retrieveWebhookEvent(id),
            update: (id) => service.updateWebhookEvents({ id, status: "processed", attempts: 1, processed_at: at }),
            list: (id) => service.listWebhookEvents({ id }),
            softDelete: (id) => service.softDeleteWebhookEvents(id),
            restore: (id) => service.restoreWebhookEvents(id),
            changed: { status: "processed", attempts: 1, processed_at: at },
          },
          "scwhevt"
        )
      })

      it("should round-trip a webhook endpoint", async () => {
        await roundTrip(
          {
            create: () =>
              service.createWebhookEndpoints({
                stripe_endpoint_id: "we_crud",
                account_id: "acct_crud",
                url: "https://shop.example/hooks",
                secret_sealed: "v1.sealed",
              }),
            retrieve: (id) => service.retrieveWebhookEndpoint(id),
            update: (id) => service.updateWebhookEndpoints({ id, enabled_events: ["payout.paid"] }),
            list: (id) => service.listWebhookEndpoints({ id }),
            softDelete: (id) => service.softDeleteWebhookEndpoints(id),
            restore: (id) => service.restoreWebhookEndpoints(id),
            changed: { enabled_events: ["payout.paid"] },
          },
          "scwhep"
        )
      })

      it("should round-trip a fee configuration and a change of it", async () => {
        const document = { default_fee_percent: 2.5, default_fee_fixed: 30, fee_tiers: [], per_merchant_overrides: [] }
        await roundTrip(
          {
            create: () => service.createFeeConfigurations({ currency_code: "usd", document }),
            retrieve: (id) => service.retrieveFeeConfiguration(id),
            update: (id) =>
              service.updateFeeConfigurations({
                id,
                document: { ...document, default_fee_fixed: 50 },
                updated_by: "user_1",
              }),
            list: (id) => service.listFeeConfigurations({ id }),
            softDelete: (id) => service.softDeleteFeeConfigurations(id),
            restore: (id) => service.restoreFeeConfigurations(id),
            changed: { document: { ...document, default_fee_fixed: 50 }, updated_by: "user_1" },
          },
          "scfee"
        )
        await roundTrip(
          {
            create: () =>
              service.createFeeConfigurationChanges({
                currency_code: "usd",
                actor_id: "user_1",
                actor_type: "user",
                before: null,
                after: document,
              }),
            retrieve: (id) => service.retrieveFeeConfigurationChange(id),
            update: (id) => service.updateFeeConfigurationChanges({ id, actor_type: "api-key" }),
            list: (id) => service.listFeeConfigurationChanges({ id }),
            softDelete: (id) => service.softDeleteFeeConfigurationChanges(id),
            restore: (id) => service.restoreFeeConfigurationChanges(id),
            changed: { actor_type: "api-key" },
          },
          "scfeech"
        )
      })

      it("should round-trip a payment and its refunds", async () => {
        let paymentId = ""
        await roundTrip(
          {
            create: async () => {
              const payment = await service.createStripeConnectPayments({
                payment_intent_id: "pi_crud",
                stripe_account_id: "acct_crud",
                merchant_id: "m1",
                currency: "usd",
                amount: 2500,
                status: "requires_capture",
              })
              paymentId = payment.id
              return payment
            },
            retrieve: (id) => service.retrieveStripeConnectPayment(id),
            update: (id) =>
              service.updateStripeConnectPayments({ id, status: "succeeded", amount_captured: 2500, captured_at: at }),
            list: (id) => service.listStripeConnectPayments({ id }),
            softDelete: (id) => service.softDeleteStripeConnectPayments(id),
            restore: (id) => service.restoreStripeConnectPayments(id),
            changed: { status: "succeeded", amount_captured: 2500, captured_at: at },
            relations: ["refunds"],
          },
          "scpay"
        )
        await roundTrip(
          {
            create: () =>
              service.createStripeConnectRefunds({
                refund_id: "re_crud",
                amount: 500,
                currency: "usd",
                status: "pending",
                payment_id: paymentId,
              }),
            retrieve: (id) => service.retrieveStripeConnectRefund(id),
            update: (id) =>
              service.updateStripeConnectRefunds({ id, status: "succeeded", application_fee_refunded: 15 }),
            list: (id) => service.listStripeConnectRefunds({ id }),
            softDelete: (id) => service.softDeleteStripeConnectRefunds(id),
            restore: (id) => service.restoreStripeConnectRefunds(id),
            changed: { status: "succeeded", application_fee_refunded: 15 },
            relations: ["payment"],
          },
          "scref"
        )
        const payment = await service.retrieveStripeConnectPayment(paymentId, { relations: ["refunds"] })
        expect(payment.refunds.map((refund) => refund.refund_id)).toEqual(["re_crud"])
      })

      it("should round-trip a transfer", async () => {
        await roundTrip(
          {
            create: () =>
              service.createStripeConnectTransfers({
                transfer_id: "tr_crud",
                stripe_account_id: "acct_crud",
                merchant_id: "m1",
                currency: "usd",
                amount: 5000,
                status: "pending",
                request_id: "req_1",
              }),
            retrieve: (id) => service.retrieveStripeConnectTransfer(id),
            update: (id) =>
              service.updateStripeConnectTransfers({ id, amount_reversed: 1000, status: "partially_reversed" }),
            list: (id) => service.listStripeConnectTransfers({ id }),
            softDelete: (id) => service.softDeleteStripeConnectTransfers(id),
            restore: (id) => service.restoreStripeConnectTransfers(id),
            changed: { amount_reversed: 1000, status: "partially_reversed" },
          },
          "sctr"
        )
      })

      it("should round-trip a payout", async () => {
        await roundTrip(
          {
            create: () =>
              service.createStripeConnectPayouts({
                payout_id: "po_crud",
                stripe_account_id: "acct_crud",
                merchant_id: "m1",
                amount: 700,
                currency: "usd",
                status: "pending",
                method: "standard",
              }),
            retrieve: (id) => service.retrieveStripeConnectPayout(id),
            update: (id) =>
              service.updateStripeConnectPayouts({
                id,
                status: "paid",
                arrival_date: "2026-03-02",
                last_stripe_event_at: at,
              }),
            list: (id) => service.listStripeConnectPayouts({ id }),
            softDelete: (id) => service.softDeleteStripeConnectPayouts(id),
            restore: (id) => service.restoreStripeConnectPayouts(id),
            changed: { status: "paid", arrival_date: "2026-03-02", last_stripe_event_at: at },
          },
          "scpo"
        )
      })

      it("should round-trip a dispute", async () => {
        await roundTrip(
          {
            create: () =>
              service.createStripeConnectDisputes({
                dispute_id: "dp_crud",
                amount: 2500,
                currency: "usd",
                reason: "fraudulent",
                status: "needs_response",
                stripe_created_at: at,
              }),
            retrieve: (id) => service.retrieveStripeConnectDispute(id),
            update: (id) =>
              service.updateStripeConnectDisputes({
                id,
                status: "under_review",
                staged_evidence: { product_description: "Shoes" },
                submitted_at: at,
              }),
            list: (id) => service.listStripeConnectDisputes({ id }),
            softDelete: (id) => service.softDeleteStripeConnectDisputes(id),
            restore: (id) => service.restoreStripeConnectDisputes(id),
            changed: { status: "under_review", staged_evidence: { product_description: "Shoes" }, submitted_at: at },
          },
          "scdp"
        )
      })

      it("should round-trip an invoice", async () => {
        const refunds = {
          data: [
            {
              refund_id: "re_1",
              amount: 100,
              reason: null,
              status: "succeeded",
              request_id: "req_1",
              created_by: null,
              created_at: at.toISOString(),
            },
          ],
        }
        await roundTrip(
          {
            create: () =>
              service.createStripeConnectInvoices({
                stripe_invoice_id: "in_crud",
                integration_id: "scint_1",
                stripe_account_id: "acct_crud",
                order_id: "order_1",
                status: "draft",
                currency: "usd",
              }),
            retrieve: (id) => service.retrieveStripeConnectInvoice(id),
            update: (id) =>
              service.updateStripeConnectInvoices({ id, status: "paid", amount_paid: 1000, refunds, paid_at: at }),
            list: (id) => service.listStripeConnectInvoices({ id }),
            softDelete: (id) => service.softDeleteStripeConnectInvoices(id),
            restore: (id) => service.restoreStripeConnectInvoices(id),
            changed: { status: "paid", amount_paid: 1000, refunds, paid_at: at },
          },
          "scinv"
        )
      })

      it("should round-trip a pay link", async () => {
        await roundTrip(
          {
            create: () =>
              service.createStripeConnectPayLinks({
                checkout_session_id: "cs_crud",
                integration_id: "scint_1",
                stripe_account_id: "acct_crud",
                order_id: "order_1",
                url: "https://checkout.example/cs_crud",
                amount: 1000,
                currency: "usd",
                expires_at: at,
              }),
            retrieve: (id) => service.retrieveStripeConnectPayLink(id),
            update: (id) => service.updateStripeConnectPayLinks({ id, status: "complete", completed_at: at }),
            list: (id) => service.listStripeConnectPayLinks({ id }),
            softDelete: (id) => service.softDeleteStripeConnectPayLinks(id),
            restore: (id) => service.restoreStripeConnectPayLinks(id),
            changed: { status: "complete", completed_at: at },
          },
          "scplink"
        )
      })

      it("should round-trip a throttle hit", async () => {
        await roundTrip(
          {
            create: () =>
              service.createStripeConnectThrottleHits({ bucket: "invoices:send", actor_id: "user_1", hit_at: at }),
            retrieve: (id) => service.retrieveStripeConnectThrottleHit(id),
            update: (id) => service.updateStripeConnectThrottleHits({ id, bucket: "pay-links:create" }),
            list: (id) => service.listStripeConnectThrottleHits({ id }),
            softDelete: (id) => service.softDeleteStripeConnectThrottleHits(id),
            restore: (id) => service.restoreStripeConnectThrottleHits(id),
            changed: { bucket: "pay-links:create" },
          },
          "scthr"
        )
      })
    })
  },
})
