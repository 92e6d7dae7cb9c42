import { toIntegrationResponse } from "../serializers"
import type { IntegrationRow } from "../../../../../modules/stripe-connect/types"

describe("toIntegrationResponse", () => {
  it("never carries tokens, the publishable key or metadata", () => {
    const stored: IntegrationRow = {
      id: "scint_1",
      name: "Main",
      mode: "test",
      merchant_id: null,
      status: "connected",
      stripe_account_id: "acct_1",
      access_token_sealed: "v1.sealed-access",
      refresh_token_sealed: "v1.sealed-refresh",
      stripe_publishable_key: "pk_test_1",
      scope: "read_write",
      livemode: false,
      capabilities: { card_payments: "active" },
      account_snapshot: { id: "acct_1" },
      connected_at: new Date("2026-01-01T00:00:00Z"),
      connected_by: "user_1",
      disconnected_at: null,
      disconnect_reason: null,
      last_stripe_event_at: null,
      metadata: { secret: "x" },
      created_at: new Date("2026-01-01T00:00:00Z"),
      updated_at: new Date("2026-01-01T00:00:00Z"),
      deleted_at: null,
    }
    const response = toIntegrationResponse(stored)
    const text = JSON.stringify(response)
    expect(text).not.toContain("sealed")
    expect(text).not.toContain("pk_test_1")
    expect(text).not.toContain("secret")
    expect(response).toEqual(
      expect.objectContaining({ connected: true, account: { id: "acct_1" }, connected_at: "2026-01-01T00:00:00.000Z" })
    )
  })
})
