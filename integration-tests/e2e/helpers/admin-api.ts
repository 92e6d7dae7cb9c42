import type { Page } from "playwright-core"
import type { E2eApp } from "../../helpers/e2e"

export type AdminApi = {
  get: <T>(route: string) => Promise<T>
  post: <T>(route: string, data?: object) => Promise<T>
}

/** Plugin API calls with the browser's session cookie (what the dashboard itself would send). */
export function adminApi(page: Page, app: E2eApp): AdminApi {
  const call = async <T>(method: "GET" | "POST", route: string, data?: object): Promise<T> => {
    const response = await page.request.fetch(`${app.baseUrl}${route}`, { method, data, headers: { "content-type": "application/json" } })
    const body = await response.json()
    if (!response.ok()) throw new Error(`${method} ${route}: ${response.status()} ${JSON.stringify(body)}`)
    return body as T
  }
  return {
    get: (route) => call("GET", route),
    post: (route, data) => call("POST", route, data),
  }
}

/**
 * Reads until `done` holds (webhooks and background processing arrive a little later), or fails naming `what`.
 * A read that throws (a connection reset by the busy server) counts as "not yet"; its error is reported at the end.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: { value: T } | { error: unknown } | undefined
  while (Date.now() < deadline) {
    try {
      const value = await read()
      if (done(value)) return value
      last = { value }
    } catch (error) {
      last = { error }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const detail = last && "error" in last ? String(last.error) : JSON.stringify(last?.value)
  throw new Error(`timed out waiting for ${what}; last: ${detail}`)
}
