import Stripe from "stripe"

// The platform key medusa-config.ts gives the plugin when STRIPE_API_KEY is not set; the emulator knows it.
const PLATFORM_KEY = process.env.STRIPE_API_KEY || "sk_test_emulator_platform_key"

let client: Stripe | undefined

/**
 * The real Stripe SDK pointed at the emulator the jest global setup started, with the platform's key: for tests
 * that set up or read Stripe objects the way a Stripe dashboard user would, outside the plugin. The plugin itself
 * reaches Stripe only through its gateway.
 */
export function emulatorStripe(): Stripe {
  if (client) {
    return client
  }
  const base = process.env.STRIPE_EMULATOR_URL
  if (!base) {
    throw new Error("STRIPE_EMULATOR_URL is not set: the jest global setup starts the emulator")
  }
  const url = new URL(base)
  client = new Stripe(PLATFORM_KEY, {
    host: url.hostname,
    port: Number(url.port),
    protocol: url.protocol === "https:" ? "https" : "http",
    maxNetworkRetries: 0,
  })
  return client
}
