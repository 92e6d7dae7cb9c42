import { z } from "@medusajs/framework/zod"
import type { EncryptionKey } from "./secret-box"

/**
 * The key used when a store configures none, committed here for local data only: it seals secrets of stores on a
 * test Stripe key (`sk_test_`/`rk_test_`); with a live key it is refused at start-up, configured or not.
 */
export const DEVELOPMENT_ENCRYPTION_KEY: EncryptionKey = {
  id: "development",
  key: "ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=",
}

/** The id the deprecated single `encryptionKey` gets as a one-key list. */
export const LEGACY_ENCRYPTION_KEY_ID = "default"

const LIVE_STRIPE_KEY = /^(sk|rk)_live_/

const base64Key = z.string().refine((value) => Buffer.from(value, "base64").length === 32, {
  message: "must be 32 bytes encoded as base64 (e.g. `openssl rand -base64 32`)",
})

/** The option fields, spread into the plugin's options schema. */
export const encryptionKeyOptionFields = {
  /** The first key seals new secrets; every key opens what it sealed (rotation). */
  encryptionKeys: z
    .array(
      z.object({
        id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1-64 letters, digits, '-' or '_'"),
        key: base64Key,
      })
    )
    .min(1, "needs at least one key")
    .optional(),
  /** Deprecated: one key, the same as `encryptionKeys: [{ id: "default", key }]`. */
  encryptionKey: base64Key.optional(),
}

type EncryptionKeyOptions = {
  apiKey: string
  encryptionKeys?: EncryptionKey[]
  encryptionKey?: string
}

/** What is wrong with the configured keys for this Stripe key, as `[option, message]` pairs (none when fine). */
export function encryptionKeyProblems(options: EncryptionKeyOptions): [string, string][] {
  const problems: [string, string][] = []
  if (options.encryptionKeys && options.encryptionKey) {
    problems.push(["encryptionKeys", "and the deprecated encryptionKey are both set: keep encryptionKeys only"])
  }
  const ids = (options.encryptionKeys ?? []).map((key) => key.id)
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index)
  if (repeated) {
    problems.push(["encryptionKeys", `names the key id "${repeated}" twice`])
  }
  if (LIVE_STRIPE_KEY.test(options.apiKey)) {
    const configured = configuredEncryptionKeys(options)
    if (!configured.length) {
      problems.push([
        "encryptionKeys",
        "is required with a live Stripe key (sk_live_/rk_live_): the built-in development key serves test keys only",
      ])
    } else if (configured.some((key) => key.key === DEVELOPMENT_ENCRYPTION_KEY.key)) {
      problems.push(["encryptionKeys", "holds the published development key, which a live Stripe key may not use"])
    }
  }
  return problems
}

/** The keys the module seals and opens with: the configured ones, or the development key on a test Stripe key. */
export function encryptionKeysOf(options: EncryptionKeyOptions): EncryptionKey[] {
  const configured = configuredEncryptionKeys(options)
  return configured.length ? configured : [DEVELOPMENT_ENCRYPTION_KEY]
}

function configuredEncryptionKeys(options: EncryptionKeyOptions): EncryptionKey[] {
  if (options.encryptionKeys?.length) {
    return options.encryptionKeys
  }
  return options.encryptionKey ? [{ id: LEGACY_ENCRYPTION_KEY_ID, key: options.encryptionKey }] : []
}
