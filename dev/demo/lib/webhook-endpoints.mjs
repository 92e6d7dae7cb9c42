// Registers the demo's two webhook endpoints at the Stripe emulator and returns their signing secrets, which
// Medusa then verifies with (STRIPE_WEBHOOK_SECRETS_PLATFORM / _CONNECT in medusa-config.ts).

/**
 * @param {{ emulatorUrl: string, apiKey: string, publicUrl: string }} options
 * @returns {Promise<{ platform: string, connect: string }>}
 */
export async function registerDemoWebhookEndpoints({ emulatorUrl, apiKey, publicUrl }) {
  const endpoints = {
    platform: { url: `${publicUrl}/hooks/stripe-connect/platform`, connect: false },
    connect: { url: `${publicUrl}/hooks/stripe-connect/connect`, connect: true },
  }
  const secrets = {}
  for (const [name, endpoint] of Object.entries(endpoints)) {
    const body = new URLSearchParams({ url: endpoint.url, "enabled_events[]": "*", description: `demo ${name}` })
    if (endpoint.connect) body.set("connect", "true")
    const response = await fetch(`${emulatorUrl}/v1/webhook_endpoints`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${apiKey}`,
        "content-type": "application/x-www-form-urlencoded",
        // The emulator keeps its state (and its idempotency records) in .demo/stripe-emulator.json, so on later
        // starts this key replays the first answer: the same endpoint and the same signing secret.
        "idempotency-key": `stripe-connect:demo:webhook-endpoint:${name}:${endpoint.url}`,
      },
      body,
    })
    const json = await response.json()
    if (!response.ok || typeof json.secret !== "string") {
      throw new Error(
        `The Stripe emulator refused the ${name} webhook endpoint (${response.status}): ${json?.error?.message ?? "no secret returned"}`
      )
    }
    secrets[name] = json.secret
  }
  await removeOtherDemoEndpoints({ emulatorUrl, apiKey, keep: Object.values(endpoints).map((endpoint) => endpoint.url) })
  return secrets
}

/**
 * The emulator keeps endpoints across starts, so a demo started on another PORT earlier left endpoints that
 * nothing answers any more (each event would be retried against them); they are deleted.
 */
async function removeOtherDemoEndpoints({ emulatorUrl, apiKey, keep }) {
  const headers = { authorization: `Bearer ${apiKey}` }
  const response = await fetch(`${emulatorUrl}/v1/webhook_endpoints?limit=100`, { headers })
  const { data = [] } = await response.json()
  for (const endpoint of data) {
    if (endpoint.description?.startsWith("demo ") && !keep.includes(endpoint.url)) {
      await fetch(`${emulatorUrl}/v1/webhook_endpoints/${endpoint.id}`, { method: "DELETE", headers })
    }
  }
}
