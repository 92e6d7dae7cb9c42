import type { MedusaContainer } from "@medusajs/framework/types"
import { emulator, latestEvent } from "../accounts/emulator"
import { handleAccountUpdatedEvent } from "../../../src/workflows/accounts"

type Api = {
  post: (path: string, body: object, config: object) => Promise<{ status: number; data: Record<string, unknown> }>
}

/**
 * A connected account the way a store gets one: created through the admin API, onboarded at (emulated) Stripe,
 * and the resulting `account.updated` applied as the webhook would. Returns its `acct_...` id.
 */
export async function onboardedAccount(
  api: Api,
  container: MedusaContainer,
  headers: object,
  merchantId: string,
  options: { complete?: boolean } = {}
): Promise<string> {
  const created = await api.post(
    "/admin/stripe-connect/accounts",
    { merchant_id: merchantId, account_type: "express", country: "US", email: `${merchantId}@example.com` },
    { headers, validateStatus: () => true }
  )
  if (created.status !== 200) {
    throw new Error(`creating the account failed: ${created.status} ${JSON.stringify(created.data)}`)
  }
  const accountId = String(created.data.account_id)
  if (options.complete !== false) {
    await emulator("POST", `/accounts/${accountId}/complete_onboarding`)
    const event = await latestEvent(accountId, "account.updated")
    await handleAccountUpdatedEvent({ event, container })
  }
  return accountId
}
