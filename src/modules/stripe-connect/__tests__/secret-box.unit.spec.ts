import { randomBytes } from "node:crypto"
import { SecretBox, type EncryptionKey } from "../crypto/secret-box"
import { parseSealed } from "../crypto/sealed-form"
import { sealLegacy } from "./fixtures/legacy-sealed"

const oldKey: EncryptionKey = { id: "2026-01", key: randomBytes(32).toString("base64") }
const newKey: EncryptionKey = { id: "2026-12", key: randomBytes(32).toString("base64") }

describe("SecretBox", () => {
  it("should never store the plaintext, nor any base64 form of it", () => {
    const plaintext = "sk_live_access_token_value_123456"
    const sealed = new SecretBox([newKey]).seal(plaintext)
    expect(sealed).not.toContain(plaintext)
    expect(sealed).not.toContain(Buffer.from(plaintext).toString("base64"))
    expect(sealed).not.toContain(Buffer.from(plaintext).toString("base64url"))
  })

  it("should name the sealing key's id in the stored value and open what it sealed", () => {
    const box = new SecretBox([newKey])
    const sealed = box.seal("whsec_secret")
    expect(sealed.startsWith("v2.2026-12.")).toBe(true)
    expect(parseSealed(sealed)?.keyId).toBe("2026-12")
    expect(box.open(sealed)).toBe("whsec_secret")
  })

  it("should seal the same value differently each time", () => {
    const box = new SecretBox([newKey])
    expect(box.seal("same")).not.toBe(box.seal("same"))
  })

  it("should refuse a value that was tampered with", () => {
    const box = new SecretBox([newKey])
    const [version, id, iv, tag, ciphertext] = box.seal("token").split(".")
    const flipped = Buffer.from(ciphertext, "base64url")
    flipped[0] ^= 1
    expect(() => box.open([version, id, iv, tag, flipped.toString("base64url")].join("."))).toThrow()
  })

  it("should refuse a value relabelled with another configured key's id", () => {
    const box = new SecretBox([newKey, { id: "other", key: newKey.key }])
    const relabelled = box.seal("token").replace("v2.2026-12.", "v2.other.")
    expect(() => box.open(relabelled)).toThrow(/does not open with the key configured under that id/)
  })

  describe("rotation", () => {
    it("should seal with the first key and still open what the older keys sealed", () => {
      const before = new SecretBox([oldKey]).seal("whsec_before_rotation")
      const rotated = new SecretBox([newKey, oldKey])
      expect(rotated.open(before)).toBe("whsec_before_rotation")
      expect(rotated.seal("whsec_after").startsWith("v2.2026-12.")).toBe(true)
      expect(rotated.isSealedWithPrimary(before)).toBe(false)
    })

    it("should reseal an old value with the first key", () => {
      const before = new SecretBox([oldKey]).seal("token")
      const rotated = new SecretBox([newKey, oldKey])
      const resealed = rotated.reseal(before)
      expect(rotated.isSealedWithPrimary(resealed)).toBe(true)
      expect(new SecretBox([newKey]).open(resealed)).toBe("token")
    })
  })

  describe("the format without key ids (v1)", () => {
    it("should open it with whichever configured key sealed it", () => {
      const legacy = sealLegacy(oldKey.key, "whsec_legacy")
      expect(new SecretBox([newKey, oldKey]).open(legacy)).toBe("whsec_legacy")
      expect(new SecretBox([oldKey]).isSealedWithPrimary(legacy)).toBe(false)
    })

    it("should say so when no configured key opens it", () => {
      expect(() => new SecretBox([newKey]).open(sealLegacy(oldKey.key, "x"))).toThrow(
        /format without key ids opens with none of the configured encryption keys/
      )
    })
  })

  it("should name an unknown key id", () => {
    const sealed = new SecretBox([oldKey]).seal("token")
    expect(() => new SecretBox([newKey]).open(sealed)).toThrow(
      'A stored secret was sealed with encryption key "2026-01", which is not configured'
    )
  })

  it("should refuse a value in neither form", () => {
    expect(() => new SecretBox([newKey]).open("whsec_plaintext")).toThrow(/not in the expected sealed form/)
  })

  it("should refuse a key that is not 32 bytes, naming it, and an empty key list", () => {
    expect(() => new SecretBox([{ id: "short", key: randomBytes(16).toString("base64") }])).toThrow(
      'encryption key "short" must be 32 bytes'
    )
    expect(() => new SecretBox([])).toThrow("at least one key")
  })
})
