import { Button } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { useCapturePayment } from "../hooks/use-payments"
import { usePermissions } from "../hooks/use-me"
import type { PaymentDocument } from "../lib/types"
import { RefundDrawer } from "./refund-drawer"
import { toastOutcome, useConfirm } from "./use-confirm"
import { useIdempotencyKey } from "./use-idempotency-key"

/** Capture (after a confirmation) and refund buttons, shown only to roles that may use them. */
export const PaymentActions = ({ payment }: { payment: PaymentDocument }) => {
  const { t, money } = useI18n()
  const { can } = usePermissions()
  const capture = useCapturePayment()
  const confirm = useConfirm()
  // One capture per payment: the key lives as long as the buttons (the route also keys Stripe's capture by the payment).
  const keyFor = useIdempotencyKey(true)

  const confirmCapture = async () => {
    const confirmed = await confirm({
      title: t("payments.capture.confirmTitle"),
      description: t("payments.capture.confirmDescription", {
        amount: money(payment.amount_capturable, payment.currency),
      }),
      confirmText: t("payments.capture.button"),
    })
    if (!confirmed) return
    const body = { paymentIntentId: payment.payment_intent_id }
    capture.mutate(
      { ...body, idempotencyKey: keyFor(body) },
      toastOutcome((result) => t("payments.capture.done", { amount: money(result.amount_captured, result.currency) }))
    )
  }

  const canCapture =
    can("POST /admin/stripe-connect/payments/:payment_intent_id/capture") && payment.status === "requires_capture"
  const canRefund =
    can("POST /admin/stripe-connect/payments/:payment_intent_id/refund") &&
    payment.amount_captured > payment.amount_refunded
  if (!canCapture && !canRefund) return null
  return (
    <div className="flex gap-x-2">
      {canCapture && (
        <Button size="small" variant="secondary" onClick={confirmCapture} isLoading={capture.isPending}>
          {t("payments.capture.button")}
        </Button>
      )}
      {canRefund && <RefundDrawer payment={payment} />}
    </div>
  )
}
