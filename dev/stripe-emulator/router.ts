import type { Emulator } from "./context"
import type { MultipartFile } from "./form"
import type { Params } from "./params"

/** What a route handler gets for one request. */
export interface RouteContext {
  em: Emulator
  /** `platform` or the connected account id from `Stripe-Account`. */
  scope: string
  account: string | null
  apiKey: string
  params: Params
  path: Record<string, string>
  files: MultipartFile[]
}

/** A handler returns the response body (status 200) or throws an ApiError. */
export type Handler = (ctx: RouteContext) => unknown

interface Route {
  method: string
  regex: RegExp
  names: string[]
  pattern: string
  handler: Handler
}

export class Router {
  private routes: Route[] = []

  add(method: string, pattern: string, handler: Handler): this {
    const names: string[] = []
    const regex = new RegExp(
      "^" +
        pattern.replace(/:([a-z_]+)/g, (_m, n: string) => {
          names.push(n)
          return "([^/]+)"
        }) +
        "$"
    )
    this.routes.push({ method, regex, names, pattern, handler })
    return this
  }

  get = (p: string, h: Handler): this => this.add("GET", p, h)
  post = (p: string, h: Handler): this => this.add("POST", p, h)
  del = (p: string, h: Handler): this => this.add("DELETE", p, h)

  match(method: string, path: string): { handler: Handler; path: Record<string, string>; pattern: string } | null {
    for (const r of this.routes) {
      if (r.method !== method) continue
      const m = r.regex.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      r.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])))
      return { handler: r.handler, path: params, pattern: r.pattern }
    }
    return null
  }

  hasPath(path: string): boolean {
    return this.routes.some((r) => r.regex.test(path))
  }
}
