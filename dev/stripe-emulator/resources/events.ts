import type Stripe from "stripe"
import { listOf } from "../list"
import { Router } from "../router"

/** `type` filter: exact, or with `*` wildcards (`charge.*`, `*.succeeded`). */
export function typeMatcher(pattern: string): (type: string) => boolean {
  if (!pattern.includes("*")) return (t) => t === pattern
  const re = new RegExp("^" + pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$")
  return (t) => re.test(t)
}

export function registerEvents(r: Router): void {
  r.get("/v1/events", ({ em, scope, params }) => {
    const type = params.str("type")
    const types = params.strList("types")
    const one = type ? typeMatcher(type) : () => true
    return listOf(em.store.all<Stripe.Event>(scope, "event"), params, "/v1/events", (e) => one(e.type) && (types.length === 0 || types.includes(e.type)))
  })
  r.get("/v1/events/:id", ({ em, scope, path }) => em.store.require<Stripe.Event>(scope, "event", path.id, "event"))

}
