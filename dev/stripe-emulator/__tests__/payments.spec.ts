import Stripe from "stripe"
import { authorizedIntent, balanceOf, destinationCharge, Harness, onboardedAccount, paidIntent, startHarness } from "./helpers"

describe("payments and Connect money movement", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("a destination charge creates a charge, an application fee and a transfer; destination nets amount - fee", async () => {
    const { account, pi } = await destinationCharge(h, 2500, 75)
    expect(pi.status).toBe("succeeded")
    expect(pi.amount_received).toBe(2500)
    const charge = await h.stripe.charges.retrieve(String(pi.latest_charge), { expand: ["transfer", "application_fee"] })
    expect(charge.captured).toBe(true)
    const fee = charge.application_fee as Stripe.ApplicationFee
    expect(fee.id).toMatch(/^fee_/)
    expect(fee.amount).toBe(75)
    expect(fee.account).toBe(account.id)
    const transfer = charge.transfer as Stripe.Transfer
    expect(transfer.id).toMatch(/^tr_/)
    expect(transfer.destination).toBe(account.id)
    expect(transfer.source_transaction).toBe(charge.id)

    expect((await balanceOf(h)).pending).toBe(75)
    expect(await balanceOf(h, { account: account.id })).toEqual({ pending: 2425, available: 0 })
  })

  it("refund 500 of 2500 with refund_application_fee and reverse_transfer refunds a 15 fee and reverses 500", async () => {
    const { account, pi } = await destinationCharge(h, 2500, 75)
    const refund = await h.stripe.refunds.create({ payment_intent: pi.id, amount: 500, refund_application_fee: true, reverse_transfer: true })
    expect(refund.id).toMatch(/^re_/)
    expect(refund.amount).toBe(500)
    expect(refund.transfer_reversal).toMatch(/^trr_/)

    const fees = await h.stripe.applicationFees.list()
    expect(fees.data[0].amount_refunded).toBe(15)
    const feeRefunds = await h.stripe.applicationFees.listRefunds(fees.data[0].id)
    expect(feeRefunds.data.map((f) => f.amount)).toEqual([15])
    expect(feeRefunds.data[0].id).toMatch(/^fr_/)

    const transfers = await h.stripe.transfers.list()
    expect(transfers.data[0].amount_reversed).toBe(500)

    const charge = await h.stripe.charges.retrieve(String(pi.latest_charge))
    expect(charge.amount_refunded).toBe(500)
    expect(charge.refunded).toBe(false)

    // Platform keeps 75 - 15 = 60; the destination has 2425 - 500 + 15 = 1940.
    expect((await balanceOf(h)).pending).toBe(60)
    expect((await balanceOf(h, { account: account.id })).pending).toBe(1940)
  })

  it("a refund without reverse_transfer is borne by the platform", async () => {
    const { account, pi } = await destinationCharge(h, 2500, 75)
    await h.stripe.refunds.create({ payment_intent: pi.id, amount: 1000 })
    expect((await balanceOf(h)).pending).toBe(75 - 1000)
    expect((await balanceOf(h, { account: account.id })).pending).toBe(2425)
    expect((await h.stripe.applicationFees.list()).data[0].amount_refunded).toBe(0)
  })

  it("full refunds in steps refund the whole fee exactly", async () => {
    const { pi } = await destinationCharge(h, 3000, 101)
    for (let i = 0; i < 3; i++) await h.stripe.refunds.create({ payment_intent: pi.id, amount: 1000, refund_application_fee: true, reverse_transfer: true })
    const fee = (await h.stripe.applicationFees.list()).data[0]
    expect(fee.amount_refunded).toBe(101)
    expect(fee.refunded).toBe(true)
    const charge = await h.stripe.charges.retrieve(String(pi.latest_charge))
    expect(charge.refunded).toBe(true)
    expect((await h.stripe.transfers.list()).data[0].reversed).toBe(true)
  })

  it("refuses to refund more than the charge, and an already refunded charge", async () => {
    const { pi } = await destinationCharge(h, 2500, 75)
    const tooMuch = await h.stripe.refunds.create({ payment_intent: pi.id, amount: 2600 }).catch((e: unknown) => e)
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(tooMuch).toMatchObject({ code: "amount_too_large", param: "amount", statusCode: 400 })
    await h.stripe.refunds.create({ payment_intent: pi.id })
    const again = await h.stripe.refunds.create({ payment_intent: pi.id, amount: 1 }).catch((e: unknown) => e)
    expect(again).toMatchObject({ code: "charge_already_refunded", statusCode: 400 })
  })

  it("partial capture keeps the intent's application fee unless the capture sends one", async () => {
    const account = await onboardedAccount(h)
    const authorizeWithFee = (amount: number) =>
      authorizedIntent(h, { amount, application_fee_amount: 300, transfer_data: { destination: account.id } })
    const pi = await authorizeWithFee(10000)
    expect(pi.status).toBe("requires_capture")
    expect(pi.amount_capturable).toBe(10000)
    expect((await h.stripe.applicationFees.list()).data).toHaveLength(0)
    expect((await balanceOf(h)).pending).toBe(0)

    const captured = await h.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 3333 })
    expect(captured.status).toBe("succeeded")
    expect(captured.amount_received).toBe(3333)
    const fee = (await h.stripe.applicationFees.list()).data[0]
    expect(fee.amount).toBe(300) // Stripe keeps the fee; it is only capped at the captured amount
    expect((await h.stripe.transfers.list()).data[0].amount).toBe(3333)
    expect((await balanceOf(h, { account: account.id })).pending).toBe(3033)

    const second = await authorizeWithFee(10000)
    await h.stripe.paymentIntents.capture(second.id, { amount_to_capture: 3333, application_fee_amount: 100 })
    const fees = (await h.stripe.applicationFees.list()).data
    expect(fees.map((f) => f.amount).sort((a, b) => a - b)).toEqual([100, 300])

    const tiny = await authorizeWithFee(1000)
    await h.stripe.paymentIntents.capture(tiny.id, { amount_to_capture: 200 })
    const capped = (await h.stripe.applicationFees.list({ limit: 1 })).data[0]
    expect(capped.amount).toBe(200)
  })

  it("refuses to capture more than authorized and to capture twice", async () => {
    const pi = await authorizedIntent(h, { amount: 1000 })
    await expect(h.stripe.paymentIntents.capture(pi.id, { amount_to_capture: 1001 })).rejects.toMatchObject({ param: "amount_to_capture" })
    await h.stripe.paymentIntents.capture(pi.id)
    await expect(h.stripe.paymentIntents.capture(pi.id)).rejects.toMatchObject({ code: "payment_intent_unexpected_state" })
  })

  it("a declining test card raises a StripeCardError and leaves the intent requiring a payment method", async () => {
    const pi = await h.stripe.paymentIntents.create({ amount: 1000, currency: "usd" })
    const err = await h.stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_chargeDeclined" }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(err).toMatchObject({ code: "card_declined", decline_code: "generic_decline", statusCode: 402 })
    const after = await h.stripe.paymentIntents.retrieve(pi.id)
    expect(after.status).toBe("requires_payment_method")
    expect(after.last_payment_error?.code).toBe("card_declined")
    const ok = await h.stripe.paymentIntents.confirm(pi.id, { payment_method: "pm_card_visa" })
    expect(ok.status).toBe("succeeded")
  })

  it("cancel works before capture and is refused after success", async () => {
    const pi = await authorizedIntent(h, { amount: 1000 })
    const canceled = await h.stripe.paymentIntents.cancel(pi.id, { cancellation_reason: "requested_by_customer" })
    expect(canceled.status).toBe("canceled")
    expect(canceled.cancellation_reason).toBe("requested_by_customer")
    const done = await paidIntent(h, { amount: 1000 })
    await expect(h.stripe.paymentIntents.cancel(done.id)).rejects.toMatchObject({ code: "payment_intent_unexpected_state", statusCode: 400 })
  })

  it("direct charges on a connected account pay the application fee to the platform", async () => {
    const account = await onboardedAccount(h, { type: "standard" })
    const pi = await paidIntent(h, { amount: 2000, currency: "eur", application_fee_amount: 200 }, { stripeAccount: account.id })
    expect(pi.status).toBe("succeeded")
    await expect(h.stripe.paymentIntents.retrieve(pi.id)).rejects.toMatchObject({ code: "resource_missing", statusCode: 404 })
    expect((await balanceOf(h, { account: account.id, currency: "eur" })).pending).toBe(1800)
    expect((await balanceOf(h, { currency: "eur" })).pending).toBe(200)
    const fee = (await h.stripe.applicationFees.list()).data[0]
    expect(fee).toMatchObject({ amount: 200, account: account.id, currency: "eur" })
  })

  it("zero-decimal currencies use integer amounts as-is", async () => {
    const { account, pi } = await destinationCharge(h, 1000, 0, { currency: "jpy", application_fee_amount: 30 })
    expect(pi.currency).toBe("jpy")
    await h.stripe.refunds.create({ payment_intent: pi.id, amount: 100, refund_application_fee: true, reverse_transfer: true })
    expect((await h.stripe.applicationFees.list()).data[0].amount_refunded).toBe(3)
    expect((await balanceOf(h, { account: account.id, currency: "jpy" })).pending).toBe(1000 - 30 - 100 + 3)
  })

  it("pending funds become available through the control and when the clock passes available_on", async () => {
    const { account } = await destinationCharge(h, 2500, 75)
    await h.control("/clock/advance", { seconds: 3 * 86400 })
    expect(await balanceOf(h, { account: account.id })).toEqual({ pending: 0, available: 2425 })
    const second = await destinationCharge(h, 1000, 0)
    expect((await balanceOf(h, { account: second.account.id })).pending).toBe(1000)
    await h.control("/balance/make_available", { account: second.account.id })
    expect((await balanceOf(h, { account: second.account.id })).available).toBe(1000)
  })

  it("lists balance transactions with the balance's movements", async () => {
    const { account } = await destinationCharge(h, 2500, 75)
    const txns = await h.stripe.balanceTransactions.list({}, { stripeAccount: account.id })
    expect(txns.data).toHaveLength(1)
    expect(txns.data[0]).toMatchObject({ amount: 2500, fee: 75, net: 2425, type: "payment", status: "pending" })
    const platform = await h.stripe.balanceTransactions.list()
    expect(platform.data.map((t) => t.type).sort()).toEqual(["application_fee", "charge", "transfer"])
    expect(platform.data.every((t) => t.id.startsWith("txn_"))).toBe(true)
  })

  it("applies Stripe's create-time rules: minimum amount, where an application fee may apply, metadata limits", async () => {
    await expect(h.stripe.paymentIntents.create({ amount: 49, currency: "usd" })).rejects.toMatchObject({ code: "amount_too_small", param: "amount" })
    await expect(h.stripe.paymentIntents.create({ amount: 1000, currency: "usd", application_fee_amount: 10 })).rejects.toMatchObject({ param: "application_fee_amount", statusCode: 400 })
    const account = await onboardedAccount(h)
    await expect(
      h.stripe.paymentIntents.create({ amount: 1000, currency: "usd", application_fee_amount: 10, transfer_data: { destination: account.id, amount: 900 } })
    ).rejects.toMatchObject({ param: "application_fee_amount" })
    await expect(h.stripe.paymentIntents.create({ amount: 1000, currency: "usd", metadata: { ["k".repeat(41)]: "v" } })).rejects.toMatchObject({ statusCode: 400 })
    await expect(h.stripe.paymentIntents.create({ amount: 1000, currency: "usd", transfer_data: { destination: "acct_nobody" } })).rejects.toMatchObject({
      code: "resource_missing",
      param: "transfer_data[destination]",
    })
  })

  it("transfer_data[amount] sends that amount to the destination and leaves the rest with the platform", async () => {
    const account = await onboardedAccount(h)
    await paidIntent(h, { amount: 2000, transfer_data: { destination: account.id, amount: 1700 } })
    expect((await h.stripe.transfers.list()).data[0].amount).toBe(1700)
    expect((await balanceOf(h, { account: account.id })).pending).toBe(1700)
    expect((await balanceOf(h)).pending).toBe(300)
    expect((await h.stripe.applicationFees.list()).data).toHaveLength(0)
  })

  // Stripe (API 2026-09-30 and later, the SDK's version): payment_method_types is no longer writable on payment
  // intents; allowed_payment_method_types is filtered silently to the types the currency allows, shown as
  // payment_method_types, and cannot be combined with the other selectors.
  it("reads allowed_payment_method_types and refuses the retired payment_method_types parameter", async () => {
    const pi = await h.stripe.paymentIntents.create({ amount: 2000, currency: "usd", allowed_payment_method_types: ["card", "sepa_debit", "us_bank_account"] })
    expect(pi.allowed_payment_method_types).toEqual(["card", "sepa_debit", "us_bank_account"])
    expect(pi.payment_method_types).toEqual(["card", "us_bank_account"])
    const eur = await h.stripe.paymentIntents.update(pi.id, { currency: "eur", allowed_payment_method_types: ["sepa_debit", "us_bank_account"] })
    expect(eur.payment_method_types).toEqual(["sepa_debit"])
    const plain = await h.stripe.paymentIntents.create({ amount: 2000, currency: "usd" })
    expect(plain).toMatchObject({ allowed_payment_method_types: null, payment_method_types: ["card"] })

    const retired = await h.stripe.rawRequest("POST", "/v1/payment_intents", { amount: 2000, currency: "usd", payment_method_types: ["card"] }).catch((e: unknown) => e)
    expect(retired).toMatchObject({ statusCode: 400, code: "payment_method_types_no_longer_supported", param: "payment_method_types" })
    await expect(
      h.stripe.paymentIntents.create({ amount: 2000, currency: "usd", allowed_payment_method_types: ["card"], excluded_payment_method_types: ["link"] })
    ).rejects.toMatchObject({ statusCode: 400, param: "allowed_payment_method_types" })
    await expect(h.stripe.paymentIntents.create({ amount: 2000, currency: "usd", allowed_payment_method_types: ["sepa_debit"] })).rejects.toMatchObject({ statusCode: 400, param: "allowed_payment_method_types" })
    expect((await h.stripe.paymentIntents.list({ limit: 10 })).data).toHaveLength(2)
  })

  it("emits charge.captured only when an authorization is captured", async () => {
    await paidIntent(h, { amount: 1000 })
    expect((await h.stripe.events.list({ type: "charge.captured" })).data).toHaveLength(0)
    const manual = await authorizedIntent(h, { amount: 1000 })
    await h.stripe.paymentIntents.capture(manual.id)
    expect((await h.stripe.events.list({ type: "charge.captured" })).data).toHaveLength(1)
    const types = (await h.stripe.events.list({ type: "payment_intent.*" })).data.map((e) => e.type).reverse()
    expect(types).toEqual(["payment_intent.created", "payment_intent.succeeded", "payment_intent.created", "payment_intent.amount_capturable_updated", "payment_intent.succeeded"])
  })

  it("the destination payment (py_) of a transfer can be retrieved on the connected account and follows reversals", async () => {
    const { account, pi } = await destinationCharge(h, 2500, 75)
    const transfer = (await h.stripe.transfers.list({ expand: ["data.destination_payment"] })).data[0]
    const payment = transfer.destination_payment as Stripe.Charge
    expect(payment.id).toMatch(/^py_/)
    expect(payment).toMatchObject({ amount: 2500, source_transfer: transfer.id, captured: true })
    await h.stripe.refunds.create({ payment_intent: pi.id, amount: 1000, reverse_transfer: true })
    const after = await h.stripe.charges.retrieve(payment.id, {}, { stripeAccount: account.id })
    expect(after.amount_refunded).toBe(1000)
    await expect(h.stripe.charges.retrieve(payment.id)).rejects.toMatchObject({ statusCode: 404 })
  })
})
