import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateDashboardLink, useCreateOnboardingLink } from "../hooks/use-accounts"
import { usePermissions } from "../hooks/use-me"
import { errorMessage } from "../lib/api"
import { formatDateTime } from "../lib/dates"

/**
 * Onboarding and dashboard link buttons. A link is single-use and short-lived, so it is made on click, shown
 * with its expiry, and opened in a new tab.
 */
export const AccountLinks = ({ accountId, detailsSubmitted }: { accountId: string; detailsSubmitted: boolean }) => {
  const { can } = usePermissions()
  const onboarding = useCreateOnboardingLink(accountId)
  const dashboard = useCreateDashboardLink(accountId)
  const [link, setLink] = useState<{ kind: string; url: string; expires_at?: string | null } | null>(null)

  const onboardingType = detailsSubmitted ? "account_update" : "account_onboarding"
  const makeOnboardingLink = () =>
    onboarding.mutate(onboardingType, {
      onSuccess: (result) => {
        setLink({ kind: "Onboarding link", ...result })
        toast.success("Onboarding link created")
      },
      onError: (error) => toast.error(errorMessage(error)),
    })
  const makeDashboardLink = () =>
    dashboard.mutate(undefined, {
      onSuccess: (result) => {
        setLink({ kind: "Dashboard link", ...result })
        window.open(result.url, "_blank", "noopener")
      },
      onError: (error) => toast.error(errorMessage(error)),
    })

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap gap-2">
        {can("POST /admin/stripe-connect/accounts/:account_id/onboarding-link") && (
          <Button size="small" variant="secondary" onClick={makeOnboardingLink} isLoading={onboarding.isPending}>
            {detailsSubmitted ? "Get update link" : "Get onboarding link"}
          </Button>
        )}
        {can("POST /admin/stripe-connect/accounts/:account_id/dashboard-link") && (
          <Button size="small" variant="secondary" onClick={makeDashboardLink} isLoading={dashboard.isPending}>
            Open Stripe dashboard
          </Button>
        )}
      </div>
      {link && (
        <div className="bg-ui-bg-subtle rounded-md px-3 py-2" data-testid="account-link">
          <Text size="small" weight="plus">
            {link.kind} {link.expires_at ? `(expires ${formatDateTime(link.expires_at)})` : ""}
          </Text>
          <a href={link.url} target="_blank" rel="noopener noreferrer" className="txt-compact-small text-ui-fg-interactive break-all">
            {link.url}
          </a>
        </div>
      )}
    </div>
  )
}
