// The two doors the Stripe seed goes through: the plugin's admin API (as the demo admin) and the emulator's
// /_emulator control routes (what Stripe and customers would do: onboard, pay, dispute, settle a payout).

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A request that survives a refused connection (a server still warming up, a dropped keep-alive socket) by trying
 * again; writes repeat with the same Idempotency-Key, so Medusa and Stripe answer them once.
 */
async function send(url, init, attempts = 8) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init)
    } catch (error) {
      if (attempt >= attempts) throw new Error(`${init.method} ${url} failed: ${error?.cause?.code ?? error?.message ?? error}`)
      await sleep(1000 * attempt)
    }
  }
}

/** Fails with the method, path, status and the API's message, so a broken seed says what it was doing. */
async function call(base, method, path, { body, headers = {} } = {}) {
  const response = await send(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    redirect: "manual",
  })
  const text = await response.text()
  let json = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = { raw: text.slice(0, 200) }
  }
  if (!response.ok) {
    const message = json?.message ?? json?.error?.message ?? text.slice(0, 200)
    throw new Error(`${method} ${path} answered ${response.status}: ${message}`)
  }
  return json
}

/** The admin API, logged in as the demo admin (a bearer token from Medusa's emailpass route). */
export async function adminClient(baseUrl, email, password) {
  const { token } = await call(baseUrl, "POST", "/auth/user/emailpass", { body: { email, password } })
  const headers = { authorization: `Bearer ${token}` }
  let n = 0
  return {
    get: (path) => call(baseUrl, "GET", path, { headers }),
    /** Each write carries its own Idempotency-Key, as the admin UI sends one per action. */
    post: (path, body = {}) =>
      call(baseUrl, "POST", path, { body, headers: { ...headers, "idempotency-key": `demo-seed-${Date.now()}-${++n}` } }),
  }
}

export function emulatorClient(emulatorUrl) {
  return {
    control: (method, path, body) => call(emulatorUrl, method, `/_emulator${path}`, { body: method === "GET" ? undefined : body ?? {} }),
    url: emulatorUrl,
  }
}

/** Polls `read` until `done(value)`; webhooks reach the plugin a moment after the change at Stripe. */
export async function waitUntil(description, read, done, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs
  let last
  while (Date.now() < until) {
    last = await read()
    if (done(last)) return last
    await sleep(500)
  }
  throw new Error(`Timed out waiting for ${description}; last seen: ${JSON.stringify(last)?.slice(0, 300)}`)
}

export const DAY = 24 * 3600

/** The Store API as a storefront calls it: every request carries the publishable key of its sales channel. */
export function storeClient(baseUrl, publishableKey) {
  const headers = { "x-publishable-api-key": publishableKey }
  return {
    get: (path) => call(baseUrl, "GET", path, { headers }),
    post: (path, body = {}) => call(baseUrl, "POST", path, { body, headers }),
  }
}
