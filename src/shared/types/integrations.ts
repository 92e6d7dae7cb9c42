import type { IntegrationStatus, StripeMode } from "./accounts"

/** What the admin API shows of an integration instance. */
export type IntegrationResponse = {
  id: string
  name: string
  mode: StripeMode
  merchant_id: string | null
  status: IntegrationStatus
  connected: boolean
  stripe_account_id: string | null
  scope: string | null
  livemode: boolean | null
  capabilities: Record<string, unknown>
  account: Record<string, unknown> | null
  connected_at: string | null
  connected_by: string | null
  disconnected_at: string | null
  disconnect_reason: string | null
  created_at: string
  updated_at: string
}
