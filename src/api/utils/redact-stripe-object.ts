/** What a redacted value reads as. */
export const REDACTED = "[redacted]"

/**
 * Fields of a Stripe object that hold a secret or a person's data: client secrets and other secrets, emails, phone
 * numbers, postal addresses (whole `address` objects and their lines), and the identity of an individual.
 */
const SENSITIVE_KEY =
  /secret|email|phone|address|^line[12]$|^postal_code$|^(first|last|maiden)_name(_kana|_kanji)?$|^dob$|ssn|id_number|^tax_id$/i

/** Objects whose `name` is a person's (the card holder, the recipient, the customer), not a product's. */
const PERSON_HOLDERS = new Set(["billing_details", "shipping", "customer_details", "individual", "owner"])

/**
 * A copy of a Stripe object (an event payload, at any depth) with every sensitive field's value replaced by
 * `[redacted]`; `null` stays `null` (nothing to hide). Keys and everything else are kept, so the shape still tells
 * what happened.
 */
export function redactStripeObject(value: unknown, parentKey = ""): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => redactStripeObject(item, parentKey))
  }
  if (value === null || typeof value !== "object") {
    return value
  }
  const copy: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    const sensitive = SENSITIVE_KEY.test(key) || (key === "name" && PERSON_HOLDERS.has(parentKey))
    copy[key] = sensitive && field !== null ? REDACTED : redactStripeObject(field, key)
  }
  return copy
}
