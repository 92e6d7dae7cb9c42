import { randomBytes } from "node:crypto"
import { SecretBox } from "../crypto/secret-box"

const key = randomBytes(32).toString("base64")

describe("SecretBox", () => {
  it("should never store the plaintext, nor any base64 form of it", () => {
    const plaintext = "sk_live_access_token_value_123456"
    const sealed = new SecretBox(key).seal(plaintext)
    expect(sealed).not.toContain(plaintext)
    expect(sealed).not.toContain(Buffer.from(plaintext).toString("base64"))
    expect(sealed).not.toContain(Buffer.from(plaintext).toString("base64url"))
    expect(sealed.startsWith("v1.")).toBe(true)
  })

  it("should open what it sealed", () => {
    const box = new SecretBox(key)
    expect(box.open(box.seal("whsec_secret"))).toBe("whsec_secret")
  })

  it("should seal the same value differently each time", () => {
    const box = new SecretBox(key)
    expect(box.seal("same")).not.toBe(box.seal("same"))
  })

  it("should refuse a value that was tampered with", () => {
    const box = new SecretBox(key)
    const [version, iv, tag, ciphertext] = box.seal("token").split(".")
    const flipped = Buffer.from(ciphertext, "base64url")
    flipped[0] ^= 1
    expect(() => box.open([version, iv, tag, flipped.toString("base64url")].join("."))).toThrow()
  })

  it("should refuse to open with another key", () => {
    const sealed = new SecretBox(key).seal("token")
    expect(() => new SecretBox(randomBytes(32).toString("base64")).open(sealed)).toThrow()
  })

  it("should refuse a key that is not 32 bytes", () => {
    expect(() => new SecretBox(randomBytes(16).toString("base64"))).toThrow("32 bytes")
  })
})
