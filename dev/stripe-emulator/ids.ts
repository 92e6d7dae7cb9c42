import { randomBytes } from "node:crypto"

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/** Random characters in Stripe's id alphabet. */
export function randomToken(length: number): string {
  const bytes = randomBytes(length)
  let out = ""
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length]
  return out
}

/** An id in Stripe's style: `pi_3Qx...` (prefix, underscore, 24 characters). */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(24)}`
}
