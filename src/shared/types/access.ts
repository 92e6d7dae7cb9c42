/** `GET /me`: the caller's roles, merchant scope, and the routes and capabilities they allow. */
export type MeResponse = {
  actor_id: string
  actor_type: string
  roles: string[]
  /** null: not limited to merchants. */
  merchant_ids: string[] | null
  /** Policy keys ("METHOD /path") the caller may call. */
  permissions: string[]
  capabilities: string[]
}
