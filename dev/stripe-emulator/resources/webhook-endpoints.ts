import type Stripe from "stripe"
import { invalidRequest } from "../errors"
import { newId, randomToken } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"
import { PLATFORM } from "../store"
import { metadataFrom } from "./common"

export function registerWebhookEndpoints(r: Router): void {
  r.post("/v1/webhook_endpoints", ({ em, scope, params }) => {
    const url = params.requiredStr("url")
    if (!/^https?:\/\//.test(url)) throw invalidRequest("Invalid URL: must be an http or https URL.", "url", "url_invalid")
    const enabled = params.strList("enabled_events")
    if (enabled.length === 0) throw invalidRequest("Missing required param: enabled_events.", "enabled_events", "parameter_missing")
    const connect = params.bool("connect") ?? false
    if (connect && scope !== PLATFORM) throw invalidRequest("Connect endpoints can only be created by the platform.", "connect")
    const secret = `whsec_${randomToken(32)}`
    const endpoint: Stripe.WebhookEndpoint = {
      id: newId("we"),
      object: "webhook_endpoint",
      api_version: params.str("api_version") || null,
      application: connect ? "ca_emulator" : null,
      created: em.now(),
      description: params.str("description") || null,
      enabled_events: enabled,
      livemode: false,
      metadata: metadataFrom(params),
      status: "enabled",
      url,
    }
    em.store.put(scope, "webhook_endpoint", endpoint)
    em.webhooks.secrets.set(endpoint.id, secret)
    em.webhooks.connectFlags.set(endpoint.id, connect)
    return { ...endpoint, secret }
  })
  r.get("/v1/webhook_endpoints", ({ em, scope, params }) => listOf(em.store.all<Stripe.WebhookEndpoint>(scope, "webhook_endpoint"), params, "/v1/webhook_endpoints"))
  r.get("/v1/webhook_endpoints/:id", ({ em, scope, path }) => em.store.require<Stripe.WebhookEndpoint>(scope, "webhook_endpoint", path.id, "webhook endpoint"))
  r.post("/v1/webhook_endpoints/:id", ({ em, scope, path, params }) => {
    const ep = em.store.require<Stripe.WebhookEndpoint>(scope, "webhook_endpoint", path.id, "webhook endpoint")
    if (params.has("url")) ep.url = params.requiredStr("url")
    const enabled = params.strList("enabled_events")
    if (enabled.length) ep.enabled_events = enabled
    if (params.has("disabled")) ep.status = params.bool("disabled") ? "disabled" : "enabled"
    if (params.has("metadata")) ep.metadata = metadataFrom(params, ep.metadata)
    return ep
  })
  r.del("/v1/webhook_endpoints/:id", ({ em, scope, path }) => {
    const ep = em.store.require<Stripe.WebhookEndpoint>(scope, "webhook_endpoint", path.id, "webhook endpoint")
    em.store.remove(scope, "webhook_endpoint", ep.id)
    return { id: ep.id, object: "webhook_endpoint", deleted: true }
  })
}
