import { StatusBadge } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"

type Color = "green" | "red" | "orange" | "blue" | "purple" | "grey"

/** A status Stripe or the plugin may add later, in words until it has a translation: "requires_action" -> "Requires action". */
export const humanize = (value: string) => value.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase())

/** A badge for one kind of status: its colour from `colors` (grey when unknown), its words from `status.<kind>.<status>`. */
const statusBadge = (kind: string, colors: Record<string, Color>) => {
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

export const AccountStatusBadge = statusBadge("account", {
  active: "green",
  pending: "orange",
  restricted: "red",
  disabled: "grey",
})

export const IntegrationStatusBadge = statusBadge("integration", {
  connected: "green",
  pending: "orange",
  disconnected: "grey",
})

export const WebhookStatusBadge = statusBadge("webhook", {
  processed: "green",
  pending: "blue",
  processing: "blue",
  failed: "red",
  ignored: "grey",
  rejected: "red",
})

export const PaymentStatusBadge = statusBadge("payment", {
  succeeded: "green",
  requires_capture: "orange",
  requires_payment_method: "grey",
  requires_confirmation: "grey",
  requires_action: "orange",
  processing: "blue",
  canceled: "grey",
  refunded: "purple",
  partially_refunded: "purple",
})

export const InvoiceStatusBadge = statusBadge("invoice", {
  draft: "grey",
  open: "blue",
  paid: "green",
  void: "grey",
  uncollectible: "red",
})

export const PayLinkStatusBadge = statusBadge("payLink", {
  open: "blue",
  complete: "green",
  completed: "green",
  expired: "grey",
})

export const TransferStatusBadge = statusBadge("transfer", {
  paid: "green",
  pending: "orange",
  partially_reversed: "purple",
  reversed: "grey",
})

export const DisputeStatusBadge = statusBadge("dispute", {
  needs_response: "red",
  under_review: "orange",
  won: "green",
  lost: "grey",
})

export const PayoutStatusBadge = statusBadge("payout", {
  paid: "green",
  pending: "orange",
  in_transit: "blue",
  failed: "red",
  canceled: "grey",
})

export const CapabilityBadge = ({ name, status }: { name: string; status: string }) => {
  const { t } = useI18n()
  return (
    <StatusBadge color={status === "active" ? "green" : status === "pending" ? "orange" : "grey"}>
      {t(`capabilities.${name}`, { defaultValue: humanize(name) })}:{" "}
      {t(`status.capability.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
