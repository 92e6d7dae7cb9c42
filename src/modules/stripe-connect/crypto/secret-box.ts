import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"

const ALGORITHM = "aes-256-gcm"
const VERSION = "v1"
const IV_BYTES = 12

/**
 * Seals secrets (OAuth tokens, webhook signing secrets) before they are stored, with AES-256-GCM and a
 * random IV per value. The stored form is `v1.<iv>.<tag>.<ciphertext>`, all base64url, so a value can be
 * recognised and the scheme changed later.
 */
export class SecretBox {
  private readonly key: Buffer

  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, "base64")
    if (this.key.length !== 32) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "encryptionKey must be 32 bytes (base64)")
    }
  }

  seal(plaintext: string): string {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv(ALGORITHM, this.key, iv)
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
    const tag = cipher.getAuthTag()
    return [VERSION, iv, tag, ciphertext]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".")
  }

  open(sealed: string): string {
    const [version, iv, tag, ciphertext] = sealed.split(".")
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "A stored secret is not in the expected sealed form")
    }
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, "base64url"))
    decipher.setAuthTag(Buffer.from(tag, "base64url"))
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8")
  }
}
