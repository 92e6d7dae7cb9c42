import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { readAndDecideApplicationFee } from "../../../../../workflows/fees"
import type { FeePreviewResponse } from "../../../../../shared/types/fees"
import { assertMerchantAccess } from "../../../../utils/access-scope"
import { loadScopedAccount } from "../../accounts/helpers"
import type { AdminPreviewApplicationFeeType } from "../validators"

/** The fee a payment of `amount` would get now for the merchant, with the rule that decided it. Writes nothing. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewApplicationFeeType>,
  res: MedusaResponse<FeePreviewResponse>
) => {
  const body = req.validatedBody
  let merchantId = body.merchant_id
  if (body.account_id) {
    merchantId = (await loadScopedAccount(req, body.account_id)).merchant_id
  } else {
    assertMerchantAccess(
      req,
      merchantId,
      () => new StripeConnectError("account_not_found", `Merchant ${merchantId} was not found`)
    )
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const decision = await readAndDecideApplicationFee(service, {
    amount: body.amount,
    currency: body.currency,
    merchant_id: merchantId as string,
    explicit_fee: body.application_fee_amount,
  })
  res.json({
    fee: decision.fee,
    source: decision.source,
    fee_percent: decision.fee_percent,
    fee_fixed: decision.fee_fixed,
    tier_index: decision.tier_index,
    monthly_volume: decision.monthly_volume,
    amount: body.amount,
    currency: body.currency,
    merchant_id: merchantId as string,
    application_fee: decision.fee,
    destination_amount: body.amount - decision.fee,
  })
}
