import { fingerprint, idempotencyKey, stripeIdempotencyKeys as keys } from "../idempotency-keys"

describe("idempotencyKey", () => {
  it("should name the plugin, the operation and its identity, in order", () => {
    expect(idempotencyKey("capture", "pi_1")).toBe("stripe-connect:capture:pi_1")
    expect(idempotencyKey("invoice", "order_1", "scint_1", 2, "item", 0)).toBe(
      "stripe-connect:invoice:order_1:scint_1:2:item:0"
    )
  })
})

describe("fingerprint", () => {
  it("should be stable for the same values and differ when one changes or moves", () => {
    expect(fingerprint(["a", 1])).toBe(fingerprint(["a", 1]))
    expect(fingerprint(["a", 1])).not.toBe(fingerprint(["a", 2]))
    expect(fingerprint(["a", "b"])).not.toBe(fingerprint(["b", "a"]))
    expect(fingerprint(["ab", ""])).not.toBe(fingerprint(["a", "b"]))
  })

  it("should be 24 hex characters unless 32 are asked for", () => {
    expect(fingerprint(["x"])).toMatch(/^[0-9a-f]{24}$/)
    expect(fingerprint(["x"], 32)).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe("stripeIdempotencyKeys", () => {
  it("should give the same account key for the same merchant and mode, and different keys otherwise", () => {
    const key = keys.createAccount("merchant_1", "test")
    expect(key).toMatch(/^stripe-connect:account:create:[0-9a-f]{32}$/)
    expect(keys.createAccount("merchant_1", "test")).toBe(key)
    expect(keys.createAccount("merchant_1", "live")).not.toBe(key)
    expect(keys.createAccount("merchant_2", "test")).not.toBe(key)
  })

  it("should never put an OAuth code into its key", () => {
    const key = keys.oauthToken("ac_secret_code_value")
    expect(key).not.toContain("ac_secret_code_value")
    expect(key).toMatch(/^stripe-connect:oauth-token:[0-9a-f]{32}$/)
    expect(keys.oauthToken("ac_secret_code_value")).toBe(key)
  })

  it("should name the account, link type and request in account link keys", () => {
    expect(keys.accountLink("acct_1", "account_update", "req-123")).toBe(
      "stripe-connect:account-link:acct_1:account_update:req-123"
    )
    expect(keys.loginLink("acct_1", "req-123")).toBe("stripe-connect:login-link:acct_1:req-123")
  })

  it("should give one payment key per request and what is charged", () => {
    const base = { account_id: "acct_1", amount: 2500, currency: "usd", order_id: "order_1" }
    expect(keys.createPaymentIntent("req", base)).toMatch(/^stripe-connect:payment:create:req:[0-9a-f]{24}$/)
    expect(keys.createPaymentIntent("req", base)).toBe(keys.createPaymentIntent("req", { ...base }))
    expect(keys.createPaymentIntent("req", base)).not.toBe(keys.createPaymentIntent("req", { ...base, amount: 2600 }))
    expect(keys.createPaymentIntent("req", base)).not.toBe(keys.createPaymentIntent("req", { ...base, order_id: null }))
    expect(keys.refundPaymentIntent("pi_1", "req")).toBe("stripe-connect:refund:pi_1:req")
    expect(keys.capturePaymentIntent("pi_1", 500, 1)).toBe("stripe-connect:capture:pi_1:500:1")
    expect(keys.capturePaymentIntent("pi_1", 500, 2)).not.toBe(keys.capturePaymentIntent("pi_1", 500, 1))
    expect(keys.cancelPaymentIntent("pi_1")).toBe("stripe-connect:cancel:pi_1")
  })

  it("should give one transfer key per request and what is moved", () => {
    const identity = { account_id: "acct_1", amount: 100, currency: "usd" }
    expect(keys.createTransfer("r1", identity)).toBe(keys.createTransfer("r1", { ...identity }))
    expect(keys.createTransfer("r1", identity)).not.toBe(keys.createTransfer("r1", { ...identity, amount: 101 }))
    expect(keys.createTransfer("r1", identity)).not.toBe(keys.createTransfer("r2", identity))
    expect(keys.createTransfer("r1", identity)).not.toBe(
      keys.createTransfer("r1", { ...identity, source_transaction: "ch_1" })
    )
  })

  it("should name the transfer and request in reversal keys", () => {
    expect(keys.reverseTransfer("tr_1", "r1", 500)).toBe("stripe-connect:transfer:reverse:tr_1:r1:500")
    expect(keys.reverseTransfer("tr_1", "r1", null)).toBe("stripe-connect:transfer:reverse:tr_1:r1:all")
    expect(keys.compensateTransfer("tr_1", "r1")).toBe("stripe-connect:transfer:compensate:tr_1:r1")
  })

  it("should tie invoice keys to order, integration and attempt, so a new attempt never reuses a deleted draft", () => {
    expect(keys.createInvoice("order_1", "scint_1", 1)).toBe("stripe-connect:invoice:order_1:scint_1:1:create")
    expect(keys.createInvoice("order_1", "scint_1", 2)).not.toBe(keys.createInvoice("order_1", "scint_1", 1))
    expect(keys.createInvoiceItem("order_1", "scint_1", 1, 0)).toBe("stripe-connect:invoice:order_1:scint_1:1:item:0")
    expect(keys.finalizeInvoice("in_1")).toBe("stripe-connect:invoice:in_1:finalize")
    expect(keys.sendInvoice("in_1")).toBe("stripe-connect:invoice:in_1:send")
    expect(keys.voidInvoice("in_1")).toBe("stripe-connect:invoice:in_1:void")
    expect(keys.refundInvoice("ch_1", "req")).toBe("stripe-connect:invoice-refund:ch_1:req")
    expect(keys.payLink("order_1", "scint_1", "req")).toBe("stripe-connect:pay-link:order_1:scint_1:req")
  })

  it("should key payouts by account and request, schedules and evidence by what is sent", () => {
    expect(keys.createPayout("acct_1", "req")).toBe("stripe-connect:payout:acct_1:req")
    expect(keys.cancelPayout("po_1")).toBe("stripe-connect:payout-cancel:po_1")
    const daily = { interval: "daily", delay_days: 2 }
    expect(keys.payoutSchedule("acct_1", daily)).toBe(keys.payoutSchedule("acct_1", { ...daily }))
    expect(keys.payoutSchedule("acct_1", daily)).not.toBe(keys.payoutSchedule("acct_1", { ...daily, delay_days: 3 }))
    expect(keys.disputeEvidence("dp_1", { product_description: "x" }, false)).not.toBe(
      keys.disputeEvidence("dp_1", { product_description: "x" }, true)
    )
  })

  it("should keep the storefront checkout's keys per session and amount", () => {
    expect(keys.checkoutPaymentIntent("payses_1", 1000)).toBe("stripe-connect:checkout:payses_1:1000")
    expect(keys.checkoutAmountUpdate("pi_1", 1200)).toBe("stripe-connect:checkout-update:pi_1:1200")
    expect(keys.refundPaymentIntent("pi_1", 500)).toBe("stripe-connect:refund:pi_1:500")
  })
  it("should keep a seller's transfer and a won dispute's transfer back on their first key until Stripe refuses one", () => {
    expect(keys.sellerTransfer("pi_1", "acct_1")).toBe("stripe-connect:seller-transfer:pi_1:acct_1")
    expect(keys.sellerTransfer("pi_1", "acct_1", 2)).toBe("stripe-connect:seller-transfer:pi_1:acct_1:2")
    expect(keys.sellerDisputeRestore("dp_1", "acct_1")).toBe("stripe-connect:seller-dispute-restore:dp_1:acct_1")
    expect(keys.sellerDisputeRestore("dp_1", "acct_1", 0)).toBe(keys.sellerDisputeRestore("dp_1", "acct_1"))
    expect(keys.sellerDisputeRestore("dp_1", "acct_1", 1)).toBe("stripe-connect:seller-dispute-restore:dp_1:acct_1:1")
  })
})
