import { StatusBadge } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"

type Color = "green" | "red" | "orange" | "blue" | "purple" | "grey"

/** A status Stripe or the plugin may add later, in words until it has a translation: "requires_action" -> "Requires action". */
export const humanize = (value: string) => value.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase())

/** The colour of each status of each kind of record; a status not listed here is grey. */
const STATUS_COLORS = {
  account: { active: "green", pending: "orange", restricted: "red", disabled: "grey" },
  integration: { connected: "green", pending: "orange", disconnected: "grey" },
  webhook: { processed: "green", pending: "blue", processing: "blue", failed: "red", ignored: "grey", rejected: "red" },
  payment: {
    succeeded: "green",
    requires_capture: "orange",
    requires_payment_method: "grey",
    requires_confirmation: "grey",
    requires_action: "orange",
    processing: "blue",
    canceled: "grey",
    refunded: "purple",
    partially_refunded: "purple",
  },
  invoice: { draft: "grey", open: "blue", paid: "green", void: "grey", uncollectible: "red" },
  payLink: { open: "blue", complete: "green", completed: "green", expired: "grey" },
  transfer: { paid: "green", pending: "orange", partially_reversed: "purple", reversed: "grey" },
  sellerTransfer: {
    planned: "grey",
    pending: "orange",
    transfer_failed: "red",
    transferred: "green",
    partially_reversed: "purple",
    reversed: "grey",
    reversal_failed: "red",
  },
  dispute: { needs_response: "red", under_review: "orange", won: "green", lost: "grey" },
  payout: { paid: "green", pending: "orange", in_transit: "blue", failed: "red", canceled: "grey" },
} satisfies Record<string, Record<string, Color>>

/** A badge for one kind of status: its colour from `STATUS_COLORS`, its words from `status.<kind>.<status>`. */
const statusBadge = (kind: keyof typeof STATUS_COLORS) => {
  const colors: Record<string, Color> = STATUS_COLORS[kind]
  const Badge = ({ status }: { status: string }) => {
    const { t } = useI18n()
    return (
      <StatusBadge color={colors[status] ?? "grey"}>
        {t(`status.${kind}.${status}`, { defaultValue: humanize(status) })}
      </StatusBadge>
    )
  }
  return Badge
}

export const AccountStatusBadge = statusBadge("account")
export const IntegrationStatusBadge = statusBadge("integration")
export const WebhookStatusBadge = statusBadge("webhook")
export const PaymentStatusBadge = statusBadge("payment")
export const InvoiceStatusBadge = statusBadge("invoice")
export const PayLinkStatusBadge = statusBadge("payLink")
export const TransferStatusBadge = statusBadge("transfer")
export const SellerTransferStatusBadge = statusBadge("sellerTransfer")
export const DisputeStatusBadge = statusBadge("dispute")
export const PayoutStatusBadge = statusBadge("payout")

export const CapabilityBadge = ({ name, status }: { name: string; status: string }) => {
  const { t } = useI18n()
  return (
    <StatusBadge color={status === "active" ? "green" : status === "pending" ? "orange" : "grey"}>
      {t(`capabilities.${name}`, { defaultValue: humanize(name) })}:{" "}
      {t(`status.capability.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
