/**
 * The stored forms of a sealed secret, all parts base64url:
 * - `v2.<key id>.<iv>.<tag>.<ciphertext>`: sealed with the named key, the `v2.<key id>` prefix authenticated too;
 * - `v1.<iv>.<tag>.<ciphertext>`: the form before key ids, sealed with the single `encryptionKey` of that time.
 */
export type SealedParts = {
  /** null for the `v1` form, which does not name its key. */
  keyId: string | null
  /** What the tag also authenticates (the `v2.<key id>` prefix), empty for `v1`. */
  associatedData: string
  iv: Buffer
  tag: Buffer
  ciphertext: Buffer
}

export const SEALED_VERSION = "v2"
export const LEGACY_SEALED_VERSION = "v1"

/** What the tag authenticates besides the ciphertext: the version and key id, so neither can be swapped. */
export function associatedDataFor(keyId: string): string {
  return `${SEALED_VERSION}.${keyId}`
}

/** The prefix every value sealed with `keyId` starts with (what the re-encryption compares against). */
export function sealedPrefix(keyId: string): string {
  return `${associatedDataFor(keyId)}.`
}

export function formatSealed(keyId: string, iv: Buffer, tag: Buffer, ciphertext: Buffer): string {
  return `${sealedPrefix(keyId)}${[iv, tag, ciphertext].map((part) => part.toString("base64url")).join(".")}`
}

/** The parts of a stored value, or null when it is in neither form. */
export function parseSealed(sealed: string): SealedParts | null {
  const parts = sealed.split(".")
  if (parts[0] === SEALED_VERSION && parts.length === 5 && parts[1]) {
    const [, keyId, iv, tag, ciphertext] = parts
    return { keyId, associatedData: associatedDataFor(keyId), ...decodeParts(iv, tag, ciphertext) }
  }
  if (parts[0] === LEGACY_SEALED_VERSION && parts.length === 4) {
    const [, iv, tag, ciphertext] = parts
    return { keyId: null, associatedData: "", ...decodeParts(iv, tag, ciphertext) }
  }
  return null
}

function decodeParts(iv: string, tag: string, ciphertext: string) {
  return {
    iv: Buffer.from(iv, "base64url"),
    tag: Buffer.from(tag, "base64url"),
    ciphertext: Buffer.from(ciphertext, "base64url"),
  }
}
