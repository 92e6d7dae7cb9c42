/**
 * Metadata keys the plugin itself writes on Stripe objects and reads back to decide what an object is and whom
 * it belongs to (docs/api.md#reserved-metadata-keys): `session_id` hands a payment intent to Medusa's payment
 * processing, `cart_id` and `order_id` tie it to an order, `merchant_id` and `source` make a stored payment,
 * `request_id` finds a transfer or reversal made by an earlier attempt. A caller's metadata must not set them, or
 * it could steer those decisions; keys starting with a reserved prefix are kept for future use the same way.
 */
export const RESERVED_METADATA_KEYS = [
  "session_id",
  "resource_id",
  "cart_id",
  "order_id",
  "merchant_id",
  "source",
  "request_id",
] as const

/** Prefixes of the plugin's own keys (`medusa_plugin`, `medusa_order_id`, `stripe_connect_integration_id`, ...). */
export const RESERVED_METADATA_PREFIXES = ["medusa_", "stripe_connect"] as const

/**
 * Keys of a storefront payment session's `data` that the payment provider reads (the payment intent id, Medusa's
 * session ids, the server-prepared merchant and fee): a shopper must not write them. `data.account_id` and
 * `data.merchant_id` are the storefront's way to name a seller (docs/api.md#storefront-payment-session), not these.
 */
export const RESERVED_SESSION_DATA_KEYS = ["id", "session_id", "resource_id", "stripe_connect"] as const

export function isReservedMetadataKey(key: string): boolean {
  const lower = key.toLowerCase()
  return (
    (RESERVED_METADATA_KEYS as readonly string[]).includes(lower) ||
    RESERVED_METADATA_PREFIXES.some((prefix) => lower.startsWith(prefix))
  )
}

/** The first reserved key of a metadata object, or null when it has none. */
export function findReservedMetadataKey(metadata: Record<string, unknown> | null | undefined): string | null {
  return Object.keys(metadata ?? {}).find(isReservedMetadataKey) ?? null
}

/**
 * The first field of a storefront session's `data` a shopper may not write, as a path (`data.session_id`,
 * `data.metadata.order_id`), or null. `data.metadata` is allowed only without reserved keys.
 */
export function findReservedSessionDataField(data: Record<string, unknown> | null | undefined): string | null {
  for (const key of Object.keys(data ?? {})) {
    if (key === "metadata") {
      const nested = data?.metadata
      const reserved =
        nested && typeof nested === "object" && !Array.isArray(nested)
          ? findReservedMetadataKey(nested as Record<string, unknown>)
          : null
      if (reserved) {
        return `data.metadata.${reserved}`
      }
      continue
    }
    const lower = key.toLowerCase()
    const reserved =
      (RESERVED_SESSION_DATA_KEYS as readonly string[]).includes(lower) ||
      RESERVED_METADATA_PREFIXES.some((prefix) => lower.startsWith(prefix))
    if (reserved) {
      return `data.${key}`
    }
  }
  return null
}
