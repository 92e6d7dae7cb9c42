import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { associatedDataFor, formatSealed, parseSealed, sealedPrefix, type SealedParts } from "./sealed-form"

const ALGORITHM = "aes-256-gcm"
const IV_BYTES = 12

/** One encryption key as configured: an id stored with every value it seals, and 32 bytes in base64. */
export type EncryptionKey = { id: string; key: string }

/**
 * Seals secrets (OAuth tokens, webhook signing secrets) before they are stored, with AES-256-GCM and a random IV
 * per value. The first key seals; every key opens, found by the id the sealed value names (`sealed-form.ts`), so
 * keys can be rotated: add the new key first, re-encrypt (`src/scripts/re-encrypt-secrets.ts`), drop the old one.
 * Values from before key ids (`v1`) are opened with whichever configured key authenticates them.
 */
export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>
  readonly primaryKeyId: string

  constructor(keys: readonly EncryptionKey[]) {
    if (!keys.length) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "encryptionKeys needs at least one key")
    }
    this.keys = new Map(keys.map(({ id, key }) => [id, decodeKey(id, key)]))
    this.primaryKeyId = keys[0].id
  }

  /** The ids of the configured keys, the sealing one first. */
  get keyIds(): string[] {
    return [...this.keys.keys()]
  }

  seal(plaintext: string): string {
    const key = this.keys.get(this.primaryKeyId) as Buffer
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv(ALGORITHM, key, iv)
    cipher.setAAD(Buffer.from(associatedDataFor(this.primaryKeyId)))
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
    return formatSealed(this.primaryKeyId, iv, cipher.getAuthTag(), ciphertext)
  }

  open(sealed: string): string {
    const parts = parseSealed(sealed)
    if (!parts) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "A stored secret is not in the expected sealed form")
    }
    if (parts.keyId === null) {
      return this.openLegacy(parts)
    }
    const key = this.keys.get(parts.keyId)
    if (!key) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `A stored secret was sealed with encryption key "${parts.keyId}", which is not configured (encryptionKeys)`
      )
    }
    try {
      return decrypt(key, parts)
    } catch {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `A stored secret sealed with encryption key "${parts.keyId}" does not open with the key configured under that id`
      )
    }
  }

  /** Whether a stored value is already sealed with the first key (re-encryption leaves it alone). */
  isSealedWithPrimary(sealed: string): boolean {
    return sealed.startsWith(sealedPrefix(this.primaryKeyId))
  }

  /** Opens a stored value and seals it again with the first key. */
  reseal(sealed: string): string {
    return this.seal(this.open(sealed))
  }

  private openLegacy(parts: SealedParts): string {
    for (const key of this.keys.values()) {
      try {
        return decrypt(key, parts)
      } catch {
        // Not this key: a v1 value names none, so each configured key is tried.
      }
    }
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      "A stored secret in the format without key ids opens with none of the configured encryption keys"
    )
  }
}

function decrypt(key: Buffer, parts: SealedParts): string {
  const decipher = createDecipheriv(ALGORITHM, key, parts.iv)
  if (parts.associatedData) {
    decipher.setAAD(Buffer.from(parts.associatedData))
  }
  decipher.setAuthTag(parts.tag)
  return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString("utf8")
}

function decodeKey(id: string, base64Key: string): Buffer {
  const key = Buffer.from(base64Key, "base64")
  if (key.length !== 32) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `encryption key "${id}" must be 32 bytes (base64)`)
  }
  return key
}
