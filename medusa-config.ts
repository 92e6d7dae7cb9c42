import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The configuration the plugin's own tests and `npm run demo` run with: this repository acts as the host app,
 * registering the plugin's module and payment provider by local path, and Stripe is the project's emulator
 * (dev/stripe-emulator) unless STRIPE_API_HOST is set. A store that installs the plugin from npm writes its own
 * medusa-config.ts; the README shows one.
 */
function encryptionKeysFromEnv(value: string | undefined) {
  const keys = (value || "")
    .split(",")
    .filter(Boolean)
    .map((entry) => ({ id: entry.slice(0, entry.indexOf(":")), key: entry.slice(entry.indexOf(":") + 1) }))
  return keys.length ? keys : undefined
}

const emulatorPort = process.env.STRIPE_EMULATOR_PORT || "12111"

const devStripeConnectOptions = {
  apiKey: process.env.STRIPE_API_KEY || "sk_test_emulator_platform_key",
  clientId: process.env.STRIPE_CLIENT_ID || "ca_emulator_client",
  webhookSecrets: {
    platform: (process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM || "whsec_dev_platform_secret").split(","),
    connect: (process.env.STRIPE_WEBHOOK_SECRETS_CONNECT || "whsec_dev_connect_secret").split(","),
  },
  // "id:base64key,id:base64key", the first sealing; unset, the module's development key serves test keys only.
  encryptionKeys: encryptionKeysFromEnv(process.env.STRIPE_CONNECT_ENCRYPTION_KEYS),
  encryptionKey: process.env.STRIPE_CONNECT_ENCRYPTION_KEY || undefined, // deprecated: one key, id "default"
  publicUrl: process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`,
  stripe: process.env.STRIPE_API_HOST
    ? undefined
    : { host: "127.0.0.1", port: Number(emulatorPort), protocol: "http" as const },
  // The emulator's stand-in for Stripe's OAuth consent page (Stripe's own when STRIPE_API_HOST is set).
  oauthAuthorizeUrl: process.env.STRIPE_API_HOST ? undefined : `http://127.0.0.1:${emulatorPort}/oauth/authorize`,
  // The cluster test of a worker killed mid-event shortens the claim's lease, so another worker takes it over sooner.
  webhookProcessing: process.env.STRIPE_CONNECT_WEBHOOK_LEASE_SECONDS
    ? { leaseSeconds: Number(process.env.STRIPE_CONNECT_WEBHOOK_LEASE_SECONDS) }
    : undefined,
  // Tests of the option roles (default role, policy overrides) pass it as JSON; otherwise the defaults.
  reconciliation: { scheduledCatchUp: process.env.STRIPE_CONNECT_SCHEDULED_CATCH_UP !== "off" },
  roles: process.env.STRIPE_CONNECT_ROLES_OPTIONS ? JSON.parse(process.env.STRIPE_CONNECT_ROLES_OPTIONS) : undefined,
  // On unless a test turns it off (seller-disputes-platform.spec.ts): a dispute reverses the sellers' shares.
  disputes: { debitSeller: process.env.STRIPE_CONNECT_DISPUTES_DEBIT_SELLER !== "false" },
  // "seller" unless a test sets it (platform-tax-sellers.spec.ts): who keeps the tax of a multi-seller charge.
  tax: {
    collectedBy:
      process.env.STRIPE_CONNECT_TAX_COLLECTED_BY === "platform" ? ("platform" as const) : ("seller" as const),
  },
  // Off unless set: storefronts may name the seller only on the sales channels listed (JSON: { "sc_...": ["merchant", ...] }).
  checkout: {
    allowStorefrontSeller: process.env.STRIPE_CONNECT_ALLOW_STOREFRONT_SELLER === "true",
    storefrontSellers: JSON.parse(process.env.STRIPE_CONNECT_STOREFRONT_SELLERS || "{}") as Record<string, string[]>,
  },
}

// Set by `npm run demo -- --cluster` and the cluster tests (a throwaway redis-server): Medusa's Redis modules, so
// several server and worker processes (MEDUSA_WORKER_MODE) share events, workflows, locks, cache and sessions.
const redisUrl = process.env.REDIS_URL

const lockingProvider = redisUrl
  ? {
      resolve: "@medusajs/medusa/locking-redis",
      id: "locking-redis",
      is_default: true,
      // Redis down: lock requests fail at once (the plugin answers 503) instead of queueing until Redis returns.
      options: { redisUrl, redisOptions: { enableOfflineQueue: false, maxRetriesPerRequest: 1 } },
    }
  : { resolve: "@medusajs/medusa/locking-postgres", id: "locking-postgres", is_default: true }

const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        // BullMQ's worker handles one bus message at a time by default; a server hands each stored webhook (each
        // insert statement) to the workers as one message. 4: the plugin's locked sections per process (README,
        // "Event bus concurrency").
        options: { redisUrl, workerOptions: { concurrency: 4 } },
      },
      { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
          ],
        },
      },
    ]
  : []

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // Plain http on localhost: a Secure cookie would never come back and admin login would loop on 401.
    cookieOptions: { secure: false, sameSite: "lax" },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
  },
  // Medusa's Caching Module is behind this flag in 2.21.2.
  featureFlags: redisUrl ? { caching: true } : {},
  modules: [
    {
      // Locks that hold across processes, instead of Medusa's default in-process memory: Redis when the app runs
      // as a cluster (REDIS_URL), else Postgres advisory locks, which every instance sharing the database sees.
      resolve: "@medusajs/medusa/locking",
      options: { providers: [lockingProvider] },
    },
    ...redisModules,
    {
      resolve: "./src/modules/stripe-connect",
      options: devStripeConnectOptions,
    },
    {
      // Storefront checkout paying connected accounts (provider id "pp_stripe-connect_stripe-connect").
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "./src/providers/stripe-connect",
            id: "stripe-connect",
            options: {
              apiKey: devStripeConnectOptions.apiKey,
              webhookSecrets: devStripeConnectOptions.webhookSecrets.platform,
              stripe: devStripeConnectOptions.stripe,
              // Manual unless a test sets it (automatic-capture-sellers.spec.ts): charged at once at confirmation.
              captureMethod:
                process.env.STRIPE_CONNECT_CAPTURE_METHOD === "automatic" ? ("automatic" as const) : undefined,
            },
          },
        ],
      },
    },
  ],
})
