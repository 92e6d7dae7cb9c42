import { Harness, startHarness } from "./helpers"

/** What a browser would send when a button of the consent page is pressed: the form's hidden fields and the button. */
function formOf(html: string, decision: string): URLSearchParams {
  const form = new URLSearchParams()
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    form.set(m[1], m[2].replace(/&#(\d+);/g, (_x, c: string) => String.fromCharCode(Number(c))))
  }
  form.set("decision", decision)
  return form
}

describe("the OAuth consent page (GET /oauth/authorize)", () => {
  let h: Harness
  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ response_type: "code", client_id: "ca_demo", scope: "read_write", state: "st&ate 1", redirect_uri: "http://shop.test/cb?x=1", ...extra }).toString()
  const open = (q: string) => fetch(`${h.emu.url}/oauth/authorize?${q}`, { redirect: "manual" })
  const press = (html: string, decision: string) =>
    fetch(`${h.emu.url}/oauth/authorize`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: formOf(html, decision).toString() })

  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("should show the platform, the scope and Connect / Decline buttons without issuing anything", async () => {
    const res = await open(query())
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toContain("text/html")
    const html = await res.text()
    expect(html).toContain('data-testid="client-id">ca_demo<')
    expect(html).toContain('data-testid="scope">read_write<')
    expect(html).toContain('value="connect"')
    expect(html).toContain('value="decline"')
    expect(h.emu.emulator.oauthCodes.size).toBe(0)
    expect(await h.stripe.accounts.list()).toEqual(expect.objectContaining({ data: [] }))
  })

  it("should redirect Connect to redirect_uri with a code that the platform exchanges, the scope and the state", async () => {
    const html = await (await open(query())).text()
    const res = await press(html, "connect")
    expect(res.status).toBe(302)
    const back = new URL(String(res.headers.get("location")))
    expect(`${back.origin}${back.pathname}`).toBe("http://shop.test/cb")
    expect(back.searchParams.get("x")).toBe("1")
    expect(back.searchParams.get("state")).toBe("st&ate 1")
    expect(back.searchParams.get("scope")).toBe("read_write")
    const token = await h.stripe.oauth.token({ grant_type: "authorization_code", code: String(back.searchParams.get("code")) })
    expect((await h.stripe.accounts.retrieve(String(token.stripe_user_id))).type).toBe("standard")
  })

  it("should redirect Decline with error=access_denied and the state, issuing no code and making no account", async () => {
    const html = await (await open(query())).text()
    const res = await press(html, "decline")
    expect(res.status).toBe(302)
    const back = new URL(String(res.headers.get("location")))
    expect(Object.fromEntries(back.searchParams)).toEqual({ x: "1", error: "access_denied", error_description: "The user denied your request", state: "st&ate 1" })
    expect(h.emu.emulator.oauthCodes.size).toBe(0)
    expect((await h.stripe.accounts.list()).data).toHaveLength(0)
  })

  it("should connect an existing account named by stripe_user_id", async () => {
    const account = await h.stripe.accounts.create({ type: "standard" })
    const html = await (await open(query({ stripe_user_id: account.id, scope: "read_only" }))).text()
    expect(html).toContain(account.id)
    const back = new URL(String((await press(html, "connect")).headers.get("location")))
    expect(back.searchParams.get("scope")).toBe("read_only")
    const token = await h.stripe.oauth.token({ grant_type: "authorization_code", code: String(back.searchParams.get("code")) })
    expect(token.stripe_user_id).toBe(account.id)
  })

  it("should refuse a request without client_id on its own page, and send an unknown scope back as invalid_scope", async () => {
    const missing = await open(query({ client_id: "" }))
    expect(missing.status).toBe(400)
    expect(await missing.text()).toContain("Missing required param: client_id.")
    const badScope = await open(query({ scope: "everything" }))
    expect(badScope.status).toBe(302)
    const back = new URL(String(badScope.headers.get("location")))
    expect(back.searchParams.get("error")).toBe("invalid_scope")
    expect(back.searchParams.get("state")).toBe("st&ate 1")
  })

  it("should show the code on the page when there is no redirect_uri", async () => {
    const q = new URLSearchParams({ client_id: "ca_demo" }).toString()
    const html = await (await press(await (await open(q)).text(), "connect")).text()
    const code = /data-testid="code">([^<]+)</.exec(html)?.[1]
    const token = await h.stripe.oauth.token({ grant_type: "authorization_code", code: String(code) })
    expect(token.access_token).toMatch(/^sk_test_oauth_/)
  })
})
