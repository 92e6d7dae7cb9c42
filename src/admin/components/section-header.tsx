import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { useI18n } from "../hooks/use-i18n"

/** The section links, named by the `nav.<key>` strings. */
const SECTIONS = [
  { to: "/settings/stripe-connect", key: "overview" },
  { to: "/settings/stripe-connect/accounts", key: "accounts" },
  { to: "/settings/stripe-connect/integrations", key: "integrations" },
  { to: "/settings/stripe-connect/fees", key: "fees" },
  { to: "/settings/stripe-connect/payments", key: "payments" },
  { to: "/settings/stripe-connect/transfers", key: "transfers" },
  { to: "/settings/stripe-connect/disputes", key: "disputes" },
  { to: "/settings/stripe-connect/reconciliation", key: "reconciliation" },
  { to: "/settings/stripe-connect/webhook-events", key: "webhookEvents" },
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
}) => {
  const { t } = useI18n()
  return (
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
      <nav className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t("nav.sections")}>
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
            {t(`nav.${section.key}`)}
          </Link>
        ))}
      </nav>
    </div>
  )
}
