import type { Http } from "../../helpers/marketplace-order"
import { emulator } from "../accounts/emulator"

type Answer = { status: number; data: unknown }
type Config = { headers: Record<string, string>; validateStatus: () => boolean }
/** What the specs use of the test runner's `api` client. */
type Api = {
  get: (path: string, config: Config) => Promise<Answer>
  post: (path: string, body: object, config: Config) => Promise<Answer>
}

async function check<T>(call: Promise<Answer>, what: string): Promise<T> {
  const response = await call
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.data)}`)
  return response.data as T
}

/**
 * The marketplace helpers' HTTP client over the test runner's `api`: admin calls with the headers `adminHeaders`
 * answers at call time (the spec's admin is made in `beforeEach`), Store API calls with a publishable key, and the
 * emulator's controls. A non-2xx answer throws with its status and body.
 */
export function apiHttp(api: Api, adminHeaders: () => Record<string, string>): Http {
  return {
    admin: (method, path, body) => {
      const config = { headers: adminHeaders(), validateStatus: () => true }
      return check(method === "GET" ? api.get(path, config) : api.post(path, body ?? {}, config), `${method} ${path}`)
    },
    store: (key, method, path, body) => {
      const config = { headers: { "x-publishable-api-key": key }, validateStatus: () => true }
      return check(method === "GET" ? api.get(path, config) : api.post(path, body ?? {}, config), `${method} ${path}`)
    },
    emulator: (method, path, body) => emulator(method, path, body),
  }
}
