import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_ROLES } from "../../types/roles"
import { checkPolicyOverrides } from "./roles/policy-overrides"
import { encryptionKeyOptionFields, encryptionKeyProblems } from "./crypto/encryption-key-options"

const role = z.enum(STRIPE_CONNECT_ROLES)

const secretList = (prefix: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.string().startsWith(prefix, `must start with "${prefix}"`)).min(1, "needs at least one secret"))

/** `roles.policy`: route keys checked at start-up (see `checkPolicyOverrides`), methods written in capitals. */
const policyOverrides = z
  .record(z.string(), z.array(role))
  .default({})
  .transform((raw, ctx) => {
    const { overrides, problems } = checkPolicyOverrides(raw)
    for (const message of problems) {
      ctx.addIssue({ code: "custom", message })
    }
    return overrides
  })

export const stripeConnectOptionsSchema = z.object({
  apiKey: z.string().regex(/^(sk|rk)_(test|live)_/, 'must be a Stripe secret or restricted key ("sk_..." or "rk_...")'),
  clientId: z.string().startsWith("ca_", 'must start with "ca_"').optional(),
  webhookSecrets: z.object({
    platform: secretList("whsec_"),
    connect: secretList("whsec_"),
  }),
  ...encryptionKeyOptionFields,
  publicUrl: z.url().transform((value) => value.replace(/\/+$/, "")),
  stripe: z
    .object({
      host: z.string().min(1),
      port: z.coerce.number().int().positive().optional(),
      protocol: z.enum(["http", "https"]).default("https"),
    })
    .optional(),
  /** Where admins are sent to connect a Stripe account (Stripe's OAuth consent page); a stand-in such as the emulator's for tests. */
  oauthAuthorizeUrl: z.url().default("https://connect.stripe.com/oauth/authorize"),
  maxNetworkRetries: z.number().int().min(0).max(10).default(2),
  /** How long one Stripe request may take before the SDK gives up on it. */
  timeoutMs: z.number().int().min(1_000).max(120_000).default(30_000),
  /** Stored webhook events that fail are retried with exponential backoff, up to `maxAttempts` attempts. */
  webhookProcessing: z
    .object({
      maxAttempts: z.number().int().min(1).max(100).default(8),
      retryBaseSeconds: z.number().int().min(1).default(30),
      retryMaxDelaySeconds: z
        .number()
        .int()
        .min(1)
        .default(6 * 60 * 60),
      /**
       * How long a worker's claim on the events it processes lasts unless renewed (it renews a third of the way
       * through while it runs). A worker that died leaves its events to whichever worker gets to them once the
       * lease ran out.
       */
      leaseSeconds: z.number().int().min(3).max(3600).default(60),
    })
    .default({ maxAttempts: 8, retryBaseSeconds: 30, retryMaxDelaySeconds: 6 * 60 * 60, leaseSeconds: 60 }),
  /** Stored webhook events older than `retentionDays` are deleted by a daily job (pending ones are kept). */
  webhookEvents: z
    .object({ retentionDays: z.number().int().min(1).max(3650).default(90) })
    .default({ retentionDays: 90 }),
  /**
   * Storefront checkout (docs/api.md#storefront-payment-session). The payee is the account linked to the cart's
   * sales channel. Only with `allowStorefrontSeller` may a storefront name the seller for a channel without one, and
   * then only a merchant that `storefrontSellers` lists for that channel (sales channel id -> merchant ids).
   */
  checkout: z
    .object({
      allowStorefrontSeller: z.boolean().default(false),
      storefrontSellers: z.record(z.string().min(1), z.array(z.string().min(1)).max(1000)).default({}),
    })
    .default({ allowStorefrontSeller: false, storefrontSellers: {} }),
  /**
   * Pay links (docs/api.md#create-pay-link): the origins `success_url` and `cancel_url` may point at. Left out: the
   * store's own origins (Medusa's `http.storeCors`) and `publicUrl`.
   */
  payLinks: z
    .object({
      allowedRedirectOrigins: z
        .array(z.url().refine((value) => /^https?:/i.test(value), "must be an http(s) origin"))
        .max(100)
        .optional(),
    })
    .default({}),
  /**
   * Multi-seller orders (docs/api.md#seller-split): who keeps the tax (each seller by default, or the platform as
   * marketplace facilitator).
   */
  tax: z.object({ collectedBy: z.enum(["seller", "platform"]).default("seller") }).default({ collectedBy: "seller" }),
  /** Multi-seller orders: pass Stripe's processing fee of the charge to the sellers by their shares (default off). */
  sellers: z.object({ passStripeFee: z.boolean().default(false) }).default({ passStripeFee: false }),
  /**
   * Multi-seller orders (docs/api.md#seller-disputes): a dispute reverses each seller's share of the disputed amount
   * from its transfer, and a won dispute transfers it back (default on). Off: the platform bears disputes alone.
   */
  disputes: z.object({ debitSeller: z.boolean().default(true) }).default({ debitSeller: true }),
  /**
   * The ledger of balance transactions (docs/api.md#reconciliation): `scheduledCatchUp` off stops the job that copies
   * new lines every 10 minutes, leaving payout events and `POST /admin/stripe-connect/balance-transactions/sync`.
   */
  reconciliation: z.object({ scheduledCatchUp: z.boolean().default(true) }).default({ scheduledCatchUp: true }),
  roles: z
    .object({
      /**
       * The role of an admin user who never held a grant. Null by default: no plugin access without a grant. A
       * single-operator store may set "super_admin"; a revoked user and a secret API key never get it.
       */
      defaultRole: role.nullable().default(null),
      policy: policyOverrides,
    })
    .default({ defaultRole: null, policy: {} }),
})

/** The plugin options as a host writes them in `medusa-config.ts`. */
export type StripeConnectPluginOptions = z.input<typeof stripeConnectOptionsSchema>
/** The options after validation and defaults. */
export type StripeConnectOptions = z.output<typeof stripeConnectOptionsSchema>

/**
 * Validates the plugin options. A bad or missing option throws one error that names every offending option,
 * so Medusa stops at start-up with a message the operator can act on.
 */
export function parseStripeConnectOptions(raw: unknown): StripeConnectOptions {
  const result = stripeConnectOptionsSchema.safeParse(raw ?? {})
  if (result.success && !encryptionKeyProblems(result.data).length) {
    return result.data
  }
  const problems = result.success
    ? encryptionKeyProblems(result.data).map(([name, message]) => `${name} ${message}`)
    : result.error.issues.map((issue) => {
        const name = issue.path.length ? issue.path.join(".") : "(options)"
        const message = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message
        return `${name} ${message}`
      })
  throw new MedusaError(
    MedusaError.Types.INVALID_ARGUMENT,
    `medusa-plugin-stripe-connect: invalid plugin options: ${problems.join("; ")}`
  )
}
