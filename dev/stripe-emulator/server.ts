import { IncomingMessage, ServerResponse } from "node:http"
import { Emulator } from "./context"
import { ApiError, invalidRequest, OAuthError, unknownRoute } from "./errors"
import { decodeForm, decodeMultipart, FormObject, MultipartFile } from "./form"
import { fingerprint, IdempotencyStore, StoredResponse } from "./idempotency"
import { newId } from "./ids"
import { validateRequest } from "./openapi"
import { Params } from "./params"
import { Router } from "./router"
import { PLATFORM } from "./store"
import { applyExpand } from "./expand"
import { API_VERSION } from "./events"
import { consentPage } from "./oauth-consent"
import type Stripe from "stripe"

export interface ControlResult {
  status: number
  body: unknown
  headers?: Record<string, string>
  /** When set, sent as an HTML page instead of the JSON body. */
  html?: string
}

/** Requests larger than this are refused (413), as a guard against runaway uploads. */
const MAX_BODY_BYTES = 32 * 1024 * 1024

export type ControlHandler = (method: string, path: string, query: URLSearchParams, body: Buffer) => Promise<ControlResult>

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error("body too large"))
        req.destroy()
        return
      }
      chunks.push(c)
    })
    req.on("end", () => resolve(Buffer.concat(chunks)))
    req.on("error", reject)
  })
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** The API key from `Authorization: Bearer sk_...` or Basic auth (key as user name). */
export function apiKeyFrom(header: string | undefined): string | null {
  if (!header) return null
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)
  if (bearer) return bearer[1]
  const basic = /^Basic\s+(\S+)$/i.exec(header)
  if (basic) return Buffer.from(basic[1], "base64").toString("utf8").split(":")[0] || null
  return null
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body, null, 2)
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers })
  res.end(text)
}

function errorCode(body: unknown): string | null {
  if (body && typeof body === "object" && "error" in body) {
    const e = (body as { error: unknown }).error
    if (typeof e === "string") return e
    if (e && typeof e === "object" && "code" in e && typeof e.code === "string") return e.code
    if (e && typeof e === "object" && "type" in e && typeof e.type === "string") return e.type
  }
  return null
}

/** The HTTP handler: controls, auth, decoding, validation, idempotency, faults, routing, expansion, logging. */
export function createRequestHandler(
  em: Emulator,
  router: Router,
  controls: ControlHandler,
  requiredApiKey?: string,
  afterRequest?: (method: string, path: string) => void
) {
  const handle = handleRequest(em, router, controls, requiredApiKey)
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res)
      .catch((err: unknown) => {
        // Anything unexpected is Stripe's generic 500, never a crashed process.
        if (!res.headersSent) send(res, 500, { error: { type: "api_error", message: `Emulator error: ${err instanceof Error ? err.message : String(err)}` } })
        else res.destroy()
      })
      .finally(() => afterRequest?.((req.method ?? "GET").toUpperCase(), new URL(req.url ?? "/", "http://emulator.local").pathname))
  }
}

function handleRequest(em: Emulator, router: Router, controls: ControlHandler, requiredApiKey?: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? "GET").toUpperCase()
    const url = new URL(req.url ?? "/", "http://emulator.local")
    const path = url.pathname
    let body: Buffer
    try {
      body = await readBody(req)
    } catch {
      if (!res.headersSent) send(res, 413, { error: { type: "invalid_request_error", message: "Request body too large." } })
      return
    }

    if (path.startsWith("/_emulator") || path === "/oauth/authorize") {
      const out = path === "/oauth/authorize" ? consentPage(em, method, url.searchParams, body) : await controls(method, path, url.searchParams, body)
      if (out.status >= 300 && out.status < 400 && out.headers?.Location) {
        res.writeHead(out.status, out.headers)
        res.end()
        return
      }
      if (out.html !== undefined) {
        res.writeHead(out.status, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(out.html) })
        res.end(out.html)
        return
      }
      send(res, out.status, out.body, out.headers)
      return
    }

    const requestId = newId("req")
    let account = (req.headers["stripe-account"] as string | undefined) || null
    const idemKey = (req.headers["idempotency-key"] as string | undefined) || null
    let params: FormObject = {}
    let files: MultipartFile[] = []
    const contentType = req.headers["content-type"] ?? ""
    if (method === "POST" && contentType.startsWith("multipart/form-data")) {
      const parsed = decodeMultipart(body, contentType)
      params = parsed.fields
      files = parsed.files
      // File parts count as present params (for validation and the request log), described, not copied.
      for (const f of files) params[f.field] = `<file ${f.filename}, ${f.data.length} bytes>`
    } else if (method === "POST") {
      params = decodeForm(body.toString("utf8"))
    } else {
      params = decodeForm(url.search.slice(1))
    }

    let status = 200
    let responseBody: unknown
    let replayed = false
    const headers: Record<string, string> = { "Request-Id": requestId, "Stripe-Version": API_VERSION }
    if (idemKey) headers["Idempotency-Key"] = idemKey

    const finish = () => {
      em.log.add({
        request_id: requestId,
        at: em.now(),
        method,
        path,
        query: url.search,
        stripe_account: account,
        idempotency_key: idemKey,
        params,
        status,
        idempotent_replayed: replayed,
        error_code: status >= 400 ? errorCode(responseBody) : null,
      })
      send(res, status, responseBody, headers)
    }
    const fail = (err: ApiError | OAuthError) => {
      status = err.statusCode
      responseBody = err.toBody()
    }

    // Authentication.
    const key = apiKeyFrom(req.headers.authorization)
    if (!key) {
      fail(new ApiError(401, "invalid_request_error", "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."))
      return finish()
    }
    if (!key.startsWith("sk_test_") || (requiredApiKey && key !== requiredApiKey && !em.accessTokens.has(key))) {
      fail(new ApiError(401, "invalid_request_error", `Invalid API Key provided: ${key.slice(0, 12)}${"*".repeat(Math.max(0, key.length - 16))}${key.slice(-4)}`, "api_key_invalid"))
      return finish()
    }

    // An OAuth access token acts for its connected account, as Stripe-Account would.
    if (!account && em.accessTokens.has(key)) account = em.accessTokens.get(key) ?? null

    // The connected account named by Stripe-Account must exist and still be connected.
    if (account) {
      const acct = em.store.get<Stripe.Account>(PLATFORM, "account", account)
      if (!acct) {
        fail(new ApiError(403, "invalid_request_error", `The provided key '${key.slice(0, 8)}...' does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`, "account_invalid"))
        return finish()
      }
    }

    const route = router.match(method, path)
    if (!route) {
      fail(unknownRoute(method, path))
      return finish()
    }

    const isOAuth = path.startsWith("/oauth/")
    if (!isOAuth) {
      const invalid = validateRequest(method, path, params)
      if (invalid) {
        fail(invalid)
        return finish()
      }
    }

    if (idemKey && idemKey.length > 255) {
      fail(invalidRequest(`Invalid Idempotency-Key: keys can be up to 255 characters long; this one has ${idemKey.length}.`, "Idempotency-Key"))
      return finish()
    }
    let idemScope: string | null = null
    if (method === "POST" && idemKey) {
      idemScope = IdempotencyStore.scopeKey(key, account, idemKey)
      const check = em.idempotency.begin(idemScope, fingerprint(method, path, params))
      if (check.kind === "mismatch") {
        fail(new ApiError(400, "idempotency_error", `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idemKey}' if you meant to execute a different request.`))
        return finish()
      }
      if (check.kind === "in_use") {
        fail(new ApiError(409, "invalid_request_error", `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${idemKey}. Please try again later.`, "idempotency_key_in_use"))
        return finish()
      }
      if (check.kind === "replay") {
        status = check.response.status
        responseBody = check.response.body
        replayed = true
        headers["Idempotent-Replayed"] = "true"
        return finish()
      }
    }

    const fault = em.faults.take(method, path)
    if (fault) {
      if (fault.delayMs > 0) await sleep(fault.delayMs)
      if (fault.status) {
        if (idemScope) em.idempotency.release(idemScope)
        if (fault.status === 429) fail(new ApiError(429, "invalid_request_error", "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests.", "rate_limit"))
        else if (fault.status >= 500) fail(new ApiError(fault.status, "api_error", "An unknown error occurred (injected by the emulator)."))
        else fail(new ApiError(fault.status, "invalid_request_error", "Injected failure.", "emulator_fault"))
        return finish()
      }
    }

    em.events.currentRequest = { id: requestId, idempotencyKey: idemKey }
    try {
      const p = new Params(params)
      const result = route.handler({ em, scope: account ?? PLATFORM, account, apiKey: key, params: p, path: route.path, files })
      responseBody = applyExpand(em.store, result, p.strList("expand"))
    } catch (err) {
      if (err instanceof ApiError || err instanceof OAuthError) fail(err)
      else {
        status = 500
        responseBody = { error: { type: "api_error", message: err instanceof Error ? `Emulator error: ${err.message}` : "Emulator error" } }
      }
    } finally {
      em.events.currentRequest = null
    }
    if (idemScope) {
      const stored: StoredResponse = { status, body: responseBody }
      em.idempotency.complete(idemScope, stored)
    }
    const lost = em.faults.take(method, path, true)
    if (lost && status < 400) {
      // The change is made and kept for the idempotency key; only its answer is lost (see FaultSpec.after).
      headers["Stripe-Should-Retry"] = "false"
      fail(new ApiError(lost.status ?? 500, "api_error", "An unknown error occurred after the request was applied (injected by the emulator)."))
    }
    finish()
  }
}
