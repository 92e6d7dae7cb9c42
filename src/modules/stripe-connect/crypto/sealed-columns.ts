/** Every column that holds a sealed secret, by table: what the start-up check reads and re-encryption rewrites. */
export const SEALED_COLUMNS = [
  { table: "stripe_connect_webhook_endpoint", column: "secret_sealed" },
  { table: "stripe_connect_integration", column: "access_token_sealed" },
  { table: "stripe_connect_integration", column: "refresh_token_sealed" },
] as const

export type SealedColumn = (typeof SEALED_COLUMNS)[number]
