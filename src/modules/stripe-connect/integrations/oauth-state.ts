import { createHash, randomBytes } from "node:crypto"

/** How long an OAuth state may be used after `POST /integrations/:id/authorize`. */
export const OAUTH_STATE_TTL_MS = 10 * 60 * 1000

/**
 * A new OAuth state: the integration id, a dot, and 32 random bytes (base64url). The id lets the callback refuse
 * a state presented for another instance; the random part is the secret. Only its hash is stored.
 */
export function generateOAuthState(integrationId: string): string {
  return `${integrationId}.${randomBytes(32).toString("base64url")}`
}

export function hashOAuthState(state: string): string {
  return createHash("sha256").update(state, "utf8").digest("hex")
}

/** The integration id a state names, or null when the state is not shaped like one the plugin issues. */
export function integrationIdFromOAuthState(state: string): string | null {
  const match = /^(scint_[A-Za-z0-9]+)\.([A-Za-z0-9_-]{43})$/.exec(state)
  return match ? match[1] : null
}
