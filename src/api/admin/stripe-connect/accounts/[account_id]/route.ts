import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AccountStatusResponse } from "../../../../../shared/types/accounts"
import { linkedSalesChannelIds, loadScopedAccount } from "../helpers"
import { toAccountStatusDocument } from "../serializers"

/** Get account status (docs/api.md#get-account-status), plus the ids of the sales channels linked to the account. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AccountStatusResponse>) => {
  const account = await loadScopedAccount(req, req.params.account_id)
  res.json({ ...toAccountStatusDocument(account), sales_channel_ids: await linkedSalesChannelIds(req, account.id) })
}
