import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateConnectedAccountSalesChannelsWorkflow } from "../../../../../../workflows/accounts"
import { linkedSalesChannelIds, loadScopedAccount } from "../../helpers"
import type { AdminUpdateAccountSalesChannelsType } from "../../validators"

/** Links (`add`) and unlinks (`remove`) sales channels; answers with the account's linked channel ids. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateAccountSalesChannelsType>,
  res: MedusaResponse<{ account_id: string; sales_channel_ids: string[] }>
) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  await updateConnectedAccountSalesChannelsWorkflow(req.scope).run({
    input: { id: account.id, add: req.validatedBody.add, remove: req.validatedBody.remove },
  })
  res.json({ account_id: account.stripe_account_id, sales_channel_ids: await linkedSalesChannelIds(req, account.id) })
}
