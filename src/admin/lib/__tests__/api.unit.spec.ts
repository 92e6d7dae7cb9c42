import { api, StripeConnectApiError } from "../api"

jest.mock("../sdk", () => ({ backendUrl: "http://store.test" }))

const answer = (status: number, body: unknown) =>
  jest
    .fn()
    .mockResolvedValue({ ok: status < 300, status, text: async () => (body === undefined ? "" : JSON.stringify(body)) })

describe("plugin API client", () => {
  const realFetch = global.fetch
  afterEach(() => {
    global.fetch = realFetch
  })

  it("should send JSON with the session cookie and drop empty query values", async () => {
    const fetchMock = answer(200, { ok: true })
    global.fetch = fetchMock as unknown as typeof fetch
    await expect(
      api("/admin/stripe-connect/payments", { query: { limit: 20, status: "", merchant_id: ["a", "b"] } })
    ).resolves.toEqual({ ok: true })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe("http://store.test/admin/stripe-connect/payments?limit=20&merchant_id=a&merchant_id=b")
    expect(init).toEqual(expect.objectContaining({ method: "GET", credentials: "include" }))
  })

  it("should send the Idempotency-Key header only when a key is given", async () => {
    const fetchMock = answer(200, { payout_id: "po_1" })
    global.fetch = fetchMock as unknown as typeof fetch
    await api("/admin/stripe-connect/accounts/acct_1/payouts", {
      method: "POST",
      body: { amount: 100 },
      idempotencyKey: "key-1",
    })
    await api("/admin/stripe-connect/accounts/acct_1/payouts", { method: "POST", body: { amount: 100 } })
    const [withKey, withoutKey] = fetchMock.mock.calls.map(
      ([, init]) => (init as RequestInit).headers as Record<string, string>
    )
    expect(withKey).toEqual({
      accept: "application/json",
      "content-type": "application/json",
      "idempotency-key": "key-1",
    })
    expect(withoutKey).not.toHaveProperty("idempotency-key")
  })

  it("should keep the code and message of a 401 account_not_onboarded, which is not an expired session", async () => {
    global.fetch = answer(401, {
      type: "account_error",
      code: "account_not_onboarded",
      message: "Account acct_1 has not finished onboarding",
    }) as unknown as typeof fetch
    const error = await api("/admin/stripe-connect/payments", { method: "POST", body: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StripeConnectApiError)
    expect(error).toEqual(
      expect.objectContaining({
        status: 401,
        code: "account_not_onboarded",
        message: "Account acct_1 has not finished onboarding",
      })
    )
    expect((error as StripeConnectApiError).isSessionExpired).toBe(false)
    expect((error as Error).name).not.toBe("FetchError")
  })

  it("should treat a 401 without a plugin code as an expired session", async () => {
    global.fetch = answer(401, undefined) as unknown as typeof fetch
    const error = (await api("/admin/stripe-connect/me").catch((e: unknown) => e)) as StripeConnectApiError
    expect(error.isSessionExpired).toBe(true)
    expect(error.message).toBe("Your session has expired. Log in again.")
  })
})
