import { useI18n } from "../hooks/use-i18n"
import { useRefundOrderSeller } from "../hooks/use-order-sellers"
import type { SellerTransferDocument } from "../lib/types"
import { MoneyActionDrawer } from "./money-action-drawer"

/** Refund order seller (docs/api.md#refund-order-seller): part of one seller's items back, its transfer reversed by it. */
export const SellerRefundDrawer = ({ orderId, seller }: { orderId: string; seller: SellerTransferDocument }) => {
  const { t, money } = useI18n()
  const refund = useRefundOrderSeller()
  const { currency } = seller
  return (
    <MoneyActionDrawer
      label={t("common.refund")}
      title={t("orderSellers.refund.title", { account: seller.account_id })}
      currency={currency}
      available={seller.charged_amount - seller.refunded_amount}
      overLimit={(limit) => t("errors.refundLimit", { limit })}
      amountInputId="seller-refund-amount"
      summary={t("orderSellers.refund.summary", {
        charged: money(seller.charged_amount, currency),
        refunded: money(seller.refunded_amount, currency),
        transferred: money(seller.transfer_amount, currency),
      })}
      confirm={(minor) => ({
        title: t("orderSellers.refund.confirmTitle"),
        description: t("orderSellers.refund.confirmDescription", {
          amount: money(minor, currency),
          account: seller.account_id,
        }),
      })}
      mutation={refund}
      body={(minor: number) => ({ orderId, accountId: seller.account_id, amount: minor })}
      done={() => t("orderSellers.refund.done", { account: seller.account_id })}
    />
  )
}
