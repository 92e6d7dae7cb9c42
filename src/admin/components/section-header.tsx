import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

const SECTIONS = [
  { to: "/settings/stripe-connect", label: "Overview" },
  { to: "/settings/stripe-connect/accounts", label: "Connected accounts" },
  { to: "/settings/stripe-connect/integrations", label: "Integrations" },
  { to: "/settings/stripe-connect/fees", label: "Fees" },
  { to: "/settings/stripe-connect/payments", label: "Payments" },
  { to: "/settings/stripe-connect/transfers", label: "Transfers" },
  { to: "/settings/stripe-connect/disputes", label: "Disputes" },
  { to: "/settings/stripe-connect/webhook-events", label: "Webhook events" },
]

/** The page header of every Stripe Connect settings page: title, subtitle, actions and the section links. */
export const SectionHeader = ({
  title,
  subtitle,
  actions,
  current,
}: {
  title: string
  subtitle?: string
  actions?: ReactNode
  current: string
}) => (
  <div className="flex flex-col gap-y-3 px-6 py-4">
    <div className="flex items-center justify-between gap-x-4">
      <div>
        <Heading level="h1">{title}</Heading>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {actions && <div className="flex items-center gap-x-2">{actions}</div>}
    </div>
    <nav className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Stripe Connect sections">
      {SECTIONS.map((section) => (
        <Link
          key={section.to}
          to={section.to}
          className={
            section.to === current
              ? "txt-compact-small-plus text-ui-fg-base"
              : "txt-compact-small text-ui-fg-muted hover:text-ui-fg-subtle"
          }
        >
          {section.label}
        </Link>
      ))}
    </nav>
  </div>
)
