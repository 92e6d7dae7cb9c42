import { StatusBadge } from "@medusajs/ui"

type Color = "green" | "red" | "orange" | "blue" | "purple" | "grey"

const label = (value: string) => value.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase())

/** A badge for one kind of status: its colour from `colors` (grey when unknown), its words from the status. */
const statusBadge = (colors: Record<string, Color>) => {
  const Badge = ({ status }: { status: string }) => <StatusBadge color={colors[status] ?? "grey"}>{label(status)}</StatusBadge>
  return Badge
}

export const AccountStatusBadge = statusBadge({ active: "green", pending: "orange", restricted: "red", disabled: "grey" })

export const IntegrationStatusBadge = statusBadge({ connected: "green", pending: "orange", disconnected: "grey" })

export const WebhookStatusBadge = statusBadge({ processed: "green", pending: "blue", processing: "blue", failed: "red", ignored: "grey" })

export const PaymentStatusBadge = statusBadge({
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

export const InvoiceStatusBadge = statusBadge({ draft: "grey", open: "blue", paid: "green", void: "grey", uncollectible: "red" })

export const PayLinkStatusBadge = statusBadge({ open: "blue", complete: "green", completed: "green", expired: "grey" })

export const TransferStatusBadge = statusBadge({ paid: "green", pending: "orange", partially_reversed: "purple", reversed: "grey" })

export const DisputeStatusBadge = statusBadge({ needs_response: "red", under_review: "orange", won: "green", lost: "grey" })

export const CapabilityBadge = ({ name, status }: { name: string; status: string }) => (
  <StatusBadge color={status === "active" ? "green" : status === "pending" ? "orange" : "grey"}>
    {label(name)}: {status}
  </StatusBadge>
)
