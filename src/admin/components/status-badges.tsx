import { StatusBadge } from "@medusajs/ui"

type Color = "green" | "red" | "orange" | "blue" | "purple" | "grey"

const label = (value: string) => value.replace(/_/g, " ").replace(/^\w/, (c) => c.toUpperCase())

const colorOf = (value: string, colors: Record<string, Color>): Color => colors[value] ?? "grey"

const ACCOUNT: Record<string, Color> = { active: "green", pending: "orange", restricted: "red", disabled: "grey" }
const INTEGRATION: Record<string, Color> = { connected: "green", pending: "orange", disconnected: "grey" }
const WEBHOOK: Record<string, Color> = { processed: "green", pending: "blue", processing: "blue", failed: "red", ignored: "grey" }
const PAYMENT: Record<string, Color> = {
  succeeded: "green",
  requires_capture: "orange",
  requires_payment_method: "grey",
  requires_confirmation: "grey",
  requires_action: "orange",
  processing: "blue",
  canceled: "grey",
  refunded: "purple",
  partially_refunded: "purple",
}

export const AccountStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, ACCOUNT)}>{label(status)}</StatusBadge>
)

export const IntegrationStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, INTEGRATION)}>{label(status)}</StatusBadge>
)

export const WebhookStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, WEBHOOK)}>{label(status)}</StatusBadge>
)

export const PaymentStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, PAYMENT)}>{label(status)}</StatusBadge>
)

export const CapabilityBadge = ({ name, status }: { name: string; status: string }) => (
  <StatusBadge color={status === "active" ? "green" : status === "pending" ? "orange" : "grey"}>
    {label(name)}: {status}
  </StatusBadge>
)

const INVOICE: Record<string, Color> = { draft: "grey", open: "blue", paid: "green", void: "grey", uncollectible: "red" }
const PAY_LINK: Record<string, Color> = { open: "blue", complete: "green", completed: "green", expired: "grey" }

export const InvoiceStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, INVOICE)}>{label(status)}</StatusBadge>
)

export const PayLinkStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, PAY_LINK)}>{label(status)}</StatusBadge>
)

const TRANSFER: Record<string, Color> = { paid: "green", pending: "orange", partially_reversed: "purple", reversed: "grey" }
const DISPUTE: Record<string, Color> = { needs_response: "red", under_review: "orange", won: "green", lost: "grey" }

export const TransferStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, TRANSFER)}>{label(status)}</StatusBadge>
)

export const DisputeStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={colorOf(status, DISPUTE)}>{label(status)}</StatusBadge>
)
