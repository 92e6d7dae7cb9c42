import { dailyWindow } from "../reports"
import { stripeConnectModuleTest } from "./fixtures/module-runner"

jest.setTimeout(60_000)

const DAY_MS = 24 * 60 * 60 * 1000

stripeConnectModuleTest({
  testSuite: ({ service }) => {
    const createTransfer = (overrides: Record<string, unknown> = {}) =>
      service.createStripeConnectTransfers({
        transfer_id: "tr_1",
        stripe_account_id: "acct_1",
        merchant_id: "m1",
        currency: "usd",
        amount: 5000,
        amount_reversed: 1000,
        status: "paid",
        request_id: "req_1",
        ...overrides,
      })

    const createPayment = (overrides: Record<string, unknown> = {}) =>
      service.createStripeConnectPayments({
        payment_intent_id: "pi_1",
        stripe_account_id: "acct_1",
        merchant_id: "m1",
        currency: "usd",
        amount: 2500,
        status: "requires_capture",
        ...overrides,
      })

    const createDispute = (overrides: Record<string, unknown> = {}) =>
      service.createStripeConnectDisputes({
        dispute_id: "dp_1",
        payment_intent_id: "pi_1",
        amount: 2500,
        currency: "usd",
        reason: "fraudulent",
        status: "needs_response",
        stripe_created_at: new Date(),
        ...overrides,
      })

    describe("updateRecordIfGuardHolds", () => {
      it("should write the data when every guard holds and answer true", async () => {
        const transfer = await createTransfer({ metadata: { a: "1" } })
        const written = await service.updateRecordIfGuardHolds(
          "transfer",
          transfer.id,
          {
            oneOf: { status: ["paid"] },
            atMost: { amount_reversed: 2000 },
            notAfter: { created_at: new Date(Date.now() + DAY_MS) },
          },
          { amount_reversed: 2000, status: "partially_reversed", metadata: { a: "2" } }
        )
        expect(written).toBe(true)
        const stored = await service.retrieveStripeConnectTransfer(transfer.id)
        expect(stored).toEqual(
          expect.objectContaining({ amount_reversed: 2000, status: "partially_reversed", metadata: { a: "2" } })
        )
        expect(new Date(stored.updated_at).getTime()).toBeGreaterThanOrEqual(new Date(transfer.updated_at).getTime())
      })

      it("should refuse a write when the stored status is not one the guard accepts", async () => {
        const transfer = await createTransfer({ status: "reversed" })
        const written = await service.updateRecordIfGuardHolds(
          "transfer",
          transfer.id,
          { oneOf: { status: ["pending", "paid"] } },
          { status: "paid" }
        )
        expect(written).toBe(false)
        expect((await service.retrieveStripeConnectTransfer(transfer.id)).status).toBe("reversed")
      })

      it("should let an empty column accept the write only when the guard lists null", async () => {
        const payment = await createPayment()
        const refused = await service.updateRecordIfGuardHolds(
          "payment",
          payment.id,
          { oneOf: { dispute_status: ["needs_response"] } },
          { dispute_status: "won" }
        )
        expect(refused).toBe(false)
        const written = await service.updateRecordIfGuardHolds(
          "payment",
          payment.id,
          { oneOf: { dispute_status: [null, "needs_response"] } },
          { dispute_status: "won" }
        )
        expect(written).toBe(true)
        expect((await service.retrieveStripeConnectPayment(payment.id)).dispute_status).toBe("won")
      })

      it("should refuse every write when no stored status is accepted", async () => {
        const transfer = await createTransfer()
        expect(
          await service.updateRecordIfGuardHolds("transfer", transfer.id, { oneOf: { status: [] } }, { status: "paid" })
        ).toBe(false)
      })

      it("should refuse a write when a stored amount is above the guard's limit", async () => {
        const transfer = await createTransfer({ amount_reversed: 3000 })
        const written = await service.updateRecordIfGuardHolds(
          "transfer",
          transfer.id,
          { atMost: { amount_reversed: 2000 } },
          { amount_reversed: 2000 }
        )
        expect(written).toBe(false)
        expect((await service.retrieveStripeConnectTransfer(transfer.id)).amount_reversed).toBe(3000)
      })

      it("should refuse a write when the stored time is after the guard's, and accept an empty or earlier one", async () => {
        const eventAt = new Date("2026-06-01T12:00:00.999Z")
        const account = await service.createConnectedAccounts({
          stripe_account_id: "acct_1",
          merchant_id: "m1",
          mode: "test",
          type: "express",
        })
        expect(
          await service.updateRecordIfGuardHolds(
            "account",
            account.id,
            { notAfter: { last_stripe_event_at: eventAt } },
            { last_stripe_event_at: eventAt, email: "first@example.com" }
          )
        ).toBe(true)
        expect(
          await service.updateRecordIfGuardHolds(
            "account",
            account.id,
            { notAfter: { last_stripe_event_at: eventAt } },
            { email: "same-second@example.com" }
          )
        ).toBe(true)
        const older = new Date("2026-06-01T11:59:59.999Z")
        expect(
          await service.updateRecordIfGuardHolds(
            "account",
            account.id,
            { notAfter: { last_stripe_event_at: older } },
            { email: "stale@example.com" }
          )
        ).toBe(false)
        const stored = await service.retrieveConnectedAccount(account.id)
        expect(stored.email).toBe("same-second@example.com")
        expect(new Date(stored.last_stripe_event_at as Date).toISOString()).toBe(eventAt.toISOString())
      })

      it("should write JSON columns as JSON", async () => {
        const account = await service.createConnectedAccounts({
          stripe_account_id: "acct_2",
          merchant_id: "m2",
          mode: "test",
          type: "express",
        })
        await service.updateRecordIfGuardHolds(
          "account",
          account.id,
          {},
          { capabilities: { transfers: "active" }, charges_enabled: true }
        )
        const stored = await service.retrieveConnectedAccount(account.id)
        expect(stored.capabilities).toEqual({ transfers: "active" })
        expect(stored.charges_enabled).toBe(true)
      })

      it("should write only while the record it was derived from still holds its values", async () => {
        const payment = await createPayment()
        await createDispute({ status: "under_review" })
        const guard = {
          alsoStored: { record: "dispute" as const, values: { dispute_id: "dp_1", status: "needs_response" } },
        }
        expect(
          await service.updateRecordIfGuardHolds("payment", payment.id, guard, { dispute_status: "needs_response" })
        ).toBe(false)
        const current = {
          alsoStored: { record: "dispute" as const, values: { dispute_id: "dp_1", status: "under_review" } },
        }
        expect(
          await service.updateRecordIfGuardHolds("payment", payment.id, current, { dispute_status: "under_review" })
        ).toBe(true)
        expect((await service.retrieveStripeConnectPayment(payment.id)).dispute_status).toBe("under_review")
      })

      it("should not write a deleted record or one that does not exist", async () => {
        const transfer = await createTransfer()
        await service.softDeleteStripeConnectTransfers(transfer.id)
        expect(await service.updateRecordIfGuardHolds("transfer", transfer.id, {}, { status: "reversed" })).toBe(false)
        expect(await service.updateRecordIfGuardHolds("transfer", "sctr_missing", {}, { status: "reversed" })).toBe(
          false
        )
      })
    })

    describe("createDisputeOrFindStored", () => {
      it("should insert a new dispute and answer it as inserted", async () => {
        const { row, inserted } = await service.createDisputeOrFindStored({
          dispute_id: "dp_new",
          amount: 1000,
          currency: "usd",
          reason: "general",
          status: "needs_response",
          stripe_created_at: new Date(),
        })
        expect(inserted).toBe(true)
        expect(row).toEqual(expect.objectContaining({ dispute_id: "dp_new", amount: 1000 }))
      })

      it("should answer the stored dispute when another writer stored it first", async () => {
        const first = await createDispute({ status: "under_review" })
        const { row, inserted } = await service.createDisputeOrFindStored({
          dispute_id: "dp_1",
          amount: 2500,
          currency: "usd",
          reason: "fraudulent",
          status: "needs_response",
          stripe_created_at: new Date(),
        })
        expect(inserted).toBe(false)
        expect(row).toEqual(expect.objectContaining({ id: first.id, status: "under_review" }))
        expect(await service.listStripeConnectDisputes({ dispute_id: "dp_1" })).toHaveLength(1)
      })
    })

    describe("createPayoutOrFindStored", () => {
      const payout = {
        payout_id: "po_1",
        stripe_account_id: "acct_1",
        merchant_id: "m1",
        amount: 700,
        currency: "usd",
        status: "pending",
        method: "standard",
      }

      it("should insert a new payout and answer it as inserted", async () => {
        const { row, inserted } = await service.createPayoutOrFindStored({ ...payout, request_id: "req_1" })
        expect(inserted).toBe(true)
        expect(row).toEqual(expect.objectContaining({ payout_id: "po_1", request_id: "req_1" }))
      })

      it("should answer the stored payout when its webhook stored it first", async () => {
        const stored = await service.createStripeConnectPayouts({ ...payout, status: "in_transit" })
        const { row, inserted } = await service.createPayoutOrFindStored({ ...payout, request_id: "req_1" })
        expect(inserted).toBe(false)
        expect(row).toEqual(expect.objectContaining({ id: stored.id, status: "in_transit", request_id: null }))
        expect(await service.listStripeConnectPayouts({ payout_id: "po_1" })).toHaveLength(1)
      })
    })

    describe("listDailyTotals", () => {
      const now = new Date()
      const yesterday = new Date(now.getTime() - DAY_MS)
      const day = (date: Date) => date.toISOString().slice(0, 10)

      beforeEach(async () => {
        const captured = await createPayment({
          amount: 5000,
          amount_captured: 5000,
          application_fee_collected: 500,
          status: "succeeded",
          captured_at: yesterday,
        })
        await createPayment({
          payment_intent_id: "pi_2",
          amount: 1000,
          amount_captured: 1000,
          application_fee_collected: 100,
          status: "succeeded",
          captured_at: now,
        })
        await createPayment({
          payment_intent_id: "pi_3",
          merchant_id: "m2",
          currency: "eur",
          amount: 9000,
          amount_captured: 9000,
          application_fee_collected: 900,
          status: "succeeded",
          captured_at: now,
        })
        await createPayment({
          payment_intent_id: "pi_old",
          amount: 4000,
          amount_captured: 4000,
          status: "succeeded",
          captured_at: new Date(now.getTime() - 40 * DAY_MS),
        })
        await createPayment({ payment_intent_id: "pi_uncaptured", amount: 3000 })
        await service.createStripeConnectRefunds([
          {
            refund_id: "re_1",
            amount: 1200,
            currency: "usd",
            status: "succeeded",
            application_fee_refunded: 120,
            payment_id: captured.id,
          },
          {
            refund_id: "re_2",
            amount: 300,
            currency: "usd",
            status: "pending",
            application_fee_refunded: 0,
            payment_id: captured.id,
          },
          {
            refund_id: "re_3",
            amount: 999,
            currency: "usd",
            status: "failed",
            application_fee_refunded: 99,
            payment_id: captured.id,
          },
        ])
        await service.createStripeConnectPayouts([
          {
            payout_id: "po_1",
            stripe_account_id: "acct_1",
            merchant_id: "m1",
            amount: 800,
            currency: "usd",
            status: "paid",
            method: "standard",
          },
          {
            payout_id: "po_2",
            stripe_account_id: "acct_1",
            merchant_id: "m1",
            amount: 50,
            currency: "usd",
            status: "failed",
            method: "standard",
          },
        ])
      })

      it("should sum captures, refunds and payouts per currency and day, busiest currency first", async () => {
        const window = dailyWindow(7, now)
        const totals = await service.listDailyTotals(window, { merchantIds: null })
        expect(totals.map((currency) => currency.currency)).toEqual(["eur", "usd"])
        const usd = totals[1]
        expect(usd.days).toHaveLength(7)
        expect(usd.totals).toEqual({
          gross_volume: 6000,
          platform_fees: 600,
          platform_fees_refunded: 120,
          refunds: 1500,
          payouts: 800,
        })
        expect(usd.days.find((entry) => entry.date === day(yesterday))).toEqual(
          expect.objectContaining({ gross_volume: 5000, platform_fees: 500 })
        )
        expect(usd.days.find((entry) => entry.date === day(now))).toEqual({
          date: day(now),
          gross_volume: 1000,
          platform_fees: 100,
          platform_fees_refunded: 120,
          refunds: 1500,
          payouts: 800,
        })
      })

      it("should count only the scope's merchants, and nothing for an empty scope", async () => {
        const window = dailyWindow(7, now)
        const scoped = await service.listDailyTotals(window, { merchantIds: ["m2"] })
        expect(scoped.map((currency) => [currency.currency, currency.totals.gross_volume])).toEqual([["eur", 9000]])
        expect(await service.listDailyTotals(window, { merchantIds: [] })).toEqual([])
      })
    })
  },
})
