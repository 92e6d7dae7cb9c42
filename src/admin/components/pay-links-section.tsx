import { Button, Text, toast } from "@medusajs/ui"
import { useI18n, type Translate } from "../hooks/use-i18n"
import { useOrderPayLinks } from "../hooks/use-invoices"
import { ExternalLink } from "./external-link"
import { ErrorNotice } from "./notice"
import { PayLinkStatusBadge } from "./status-badges"

const copy = async (url: string, t: Translate) => {
  try {
    await navigator.clipboard.writeText(url)
    toast.success(t("payLinks.copied"), { description: url })
  } catch {
    toast.error(t("payLinks.copyFailed"))
  }
}

/** The order's pay links (Stripe Checkout): status, amount, expiry, copy and open. */
export const PayLinksSection = ({ orderId }: { orderId: string }) => {
  const { t, money, dateTime } = useI18n()
  const { data, error } = useOrderPayLinks(orderId)
  const links = data?.data ?? []
  if (error) return <ErrorNotice error={error} />
  if (!links.length) return null
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="pay-links">
      <Text size="small" weight="plus">
        {t("payLinks.title")}
      </Text>
      {links.map((link) => (
        <div key={link.id} className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-x-2">
            <PayLinkStatusBadge status={link.status} />
            <Text size="small">{money(link.amount, link.currency)}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {link.completed_at
                ? t("payLinks.paidAt", { date: dateTime(link.completed_at) })
                : t("payLinks.expiresAt", { date: dateTime(link.expires_at) })}
            </Text>
          </div>
          {link.status === "open" && (
            <div className="flex gap-x-2">
              <Button size="small" variant="transparent" onClick={() => copy(link.url, t)}>
                {t("payLinks.copy")}
              </Button>
              <ExternalLink href={link.url} className="self-center">
                {t("payLinks.open")}
              </ExternalLink>
            </div>
          )}
        </div>
      ))}
    </div>
  )
}
