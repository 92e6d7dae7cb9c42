import { Button, Text, toast } from "@medusajs/ui"
import { useOrderPayLinks } from "../hooks/use-invoices"
import { errorMessage } from "../lib/api"
import { formatDateTime } from "../lib/dates"
import { formatMinor } from "../lib/money"
import { PayLinkStatusBadge } from "./status-badges"

const copy = async (url: string) => {
  try {
    await navigator.clipboard.writeText(url)
    toast.success("Pay link copied", { description: url })
  } catch {
    toast.error("Could not copy; open the link and copy it from the address bar")
  }
}

/** The order's pay links (Stripe Checkout): status, amount, expiry, copy and open. */
export const PayLinksSection = ({ orderId }: { orderId: string }) => {
  const { data, error } = useOrderPayLinks(orderId)
  const links = data?.data ?? []
  if (error) return <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
  if (!links.length) return null
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="pay-links">
      <Text size="small" weight="plus">
        Pay links
      </Text>
      {links.map((link) => (
        <div key={link.id} className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-x-2">
            <PayLinkStatusBadge status={link.status} />
            <Text size="small">{formatMinor(link.amount, link.currency)}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {link.completed_at ? `paid ${formatDateTime(link.completed_at)}` : `expires ${formatDateTime(link.expires_at)}`}
            </Text>
          </div>
          {link.status === "open" && (
            <div className="flex gap-x-2">
              <Button size="small" variant="transparent" onClick={() => copy(link.url)}>
                Copy link
              </Button>
              <a href={link.url} target="_blank" rel="noopener noreferrer" className="txt-compact-small text-ui-fg-interactive self-center">
                Open checkout
              </a>
            </div>
          )}
        </div>
      ))}
    </div>
  )
}
