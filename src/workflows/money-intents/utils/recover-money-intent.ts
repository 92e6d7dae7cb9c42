import type { MedusaContainer } from "@medusajs/framework/types"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { recoverCaptureIntent } from "../../payments/utils/recover-capture-intent"
import { recoverRefundIntent } from "../../payments/utils/recover-refund-intent"
import { recoverPayoutIntent } from "../../payouts/utils/recover-payout-intent"
import { recoverTransferIntent } from "../../transfers/utils/recover-transfer-intent"
import { isSellerRefundIntent, recoverSellerRefundIntent } from "../../seller-transfers/utils/refund-seller"
import type { MoneyIntentKind } from "./money-intent"

const RECOVER_BY_KIND: Record<
  MoneyIntentKind,
  (container: MedusaContainer, intent: MoneyIntentRow) => Promise<"completed" | "refused">
> = {
  transfer: recoverTransferIntent,
  refund: (container, intent) =>
    isSellerRefundIntent(intent)
      ? recoverSellerRefundIntent(container, intent)
      : recoverRefundIntent(container, intent),
  payout: recoverPayoutIntent,
  capture: recoverCaptureIntent,
}

/**
 * Completes a pending money intent the way its kind needs: Stripe is asked again with the intent's stored key and
 * parameters, and the local record is written. Answers `refused` when Stripe refused (the intent is deleted).
 */
export async function recoverMoneyIntent(
  container: MedusaContainer,
  intent: MoneyIntentRow
): Promise<"completed" | "refused"> {
  return await RECOVER_BY_KIND[intent.kind as MoneyIntentKind](container, intent)
}
