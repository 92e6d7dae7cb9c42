import { Button, toast, usePrompt } from "@medusajs/ui"
import { useCapturePayment } from "../hooks/use-payments"
import { usePermissions } from "../hooks/use-me"
import { errorMessage } from "../lib/api"
import { formatMinor } from "../lib/money"
import type { PaymentDocument } from "../lib/types"
import { RefundDrawer } from "./refund-drawer"
import { useIdempotencyKey } from "./use-idempotency-key"

/** Capture (after a confirmation) and refund buttons, shown only to roles that may use them. */
export const PaymentActions = ({ payment }: { payment: PaymentDocument }) => {
  const { can } = usePermissions()
  const capture = useCapturePayment()
  const prompt = usePrompt()
  // One capture per payment: the key lives as long as the buttons (the route also keys Stripe's capture by the payment).
  const keyFor = useIdempotencyKey(true)

  const confirmCapture = async () => {
    const confirmed = await prompt({
      title: "Capture payment?",
      description: `${formatMinor(payment.amount_capturable, payment.currency)} is charged to the customer and paid to the merchant, less the platform fee.`,
      confirmText: "Capture",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    const body = { paymentIntentId: payment.payment_intent_id }
    capture.mutate(
      { ...body, idempotencyKey: keyFor(body) },
      {
        onSuccess: (result) => toast.success(`Captured ${formatMinor(result.amount_captured, result.currency)}`),
        onError: (error) => toast.error(errorMessage(error)),
      }
    )
  }

  const canCapture = can("POST /admin/stripe-connect/payments/:payment_intent_id/capture") && payment.status === "requires_capture"
  const canRefund = can("POST /admin/stripe-connect/payments/:payment_intent_id/refund") && payment.amount_captured > payment.amount_refunded
  if (!canCapture && !canRefund) return null
  return (
    <div className="flex gap-x-2">
      {canCapture && (
        <Button size="small" variant="secondary" onClick={confirmCapture} isLoading={capture.isPending}>
          Capture
        </Button>
      )}
      {canRefund && <RefundDrawer payment={payment} />}
    </div>
  )
}
