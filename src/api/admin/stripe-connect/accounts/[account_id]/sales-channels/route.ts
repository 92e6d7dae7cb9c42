import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateConnectedAccountSalesChannelsWorkflow } from "../../../../../../workflows/accounts"
import { assertPlatformWideCaller } from "../../../../../utils/access/platform-wide"
import { linkedSalesChannelIds, loadScopedAccount } from "../../helpers"
import type { AdminUpdateAccountSalesChannelsType } from "../../validators"

/**
 * Links (`add`) and unlinks (`remove`) sales channels; answers with the account's linked channel ids
 * (docs/api.md#link-sales-channels). Deciding which account sells through a channel is a platform role's act: a
 * merchant-scoped caller gets 403 for its own account (404 for another's); a channel another account owns is 409.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateAccountSalesChannelsType>,
  res: MedusaResponse<{ account_id: string; sales_channel_ids: string[] }>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  assertPlatformWideCaller(
    req,
    "Linking sales channels to a connected account is for platform roles; ask a platform admin"
  )
  await updateConnectedAccountSalesChannelsWorkflow(req.scope).run({
    input: { id: account.id, add: req.validatedBody.add, remove: req.validatedBody.remove },
  })
  res.json({ account_id: account.stripe_account_id, sales_channel_ids: await linkedSalesChannelIds(req, account.id) })
}
