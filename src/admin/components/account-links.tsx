import { Button, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateDashboardLink, useCreateOnboardingLink } from "../hooks/use-accounts"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { ExternalLink } from "./external-link"
import { toastError } from "./use-confirm"

/**
 * Onboarding and dashboard link buttons. A link is single-use and short-lived, so it is made on click, shown
 * with its expiry, and opened in a new tab.
 */
export const AccountLinks = ({ accountId, detailsSubmitted }: { accountId: string; detailsSubmitted: boolean }) => {
  const { t, dateTime } = useI18n()
  const { can } = usePermissions()
  const onboarding = useCreateOnboardingLink(accountId)
  const dashboard = useCreateDashboardLink(accountId)
  const [link, setLink] = useState<{
    kind: "onboarding" | "dashboard"
    url: string
    expires_at?: string | null
  } | null>(null)

  const onboardingType = detailsSubmitted ? "account_update" : "account_onboarding"
  const makeOnboardingLink = () =>
    onboarding.mutate(onboardingType, {
      onSuccess: (result) => {
        setLink({ kind: "onboarding", ...result })
        toast.success(t("accountLinks.onboardingCreated"))
      },
      onError: toastError,
    })
  const makeDashboardLink = () =>
    dashboard.mutate(undefined, {
      onSuccess: (result) => {
        setLink({ kind: "dashboard", ...result })
        window.open(result.url, "_blank", "noopener")
      },
      onError: toastError,
    })

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex flex-wrap gap-2">
        {can("POST /admin/stripe-connect/accounts/:account_id/onboarding-link") && (
          <Button size="small" variant="secondary" onClick={makeOnboardingLink} isLoading={onboarding.isPending}>
            {detailsSubmitted ? t("accountLinks.getUpdateLink") : t("accountLinks.getOnboardingLink")}
          </Button>
        )}
        {can("POST /admin/stripe-connect/accounts/:account_id/dashboard-link") && (
          <Button size="small" variant="secondary" onClick={makeDashboardLink} isLoading={dashboard.isPending}>
            {t("accountLinks.openDashboard")}
          </Button>
        )}
      </div>
      {link && (
        <div className="bg-ui-bg-subtle rounded-md px-3 py-2" data-testid="account-link">
          <Text size="small" weight="plus">
            {t(`accountLinks.kind.${link.kind}`)}{" "}
            {link.expires_at ? t("accountLinks.expires", { date: dateTime(link.expires_at) }) : ""}
          </Text>
          <ExternalLink href={link.url} className="break-all">
            {link.url}
          </ExternalLink>
        </div>
      )}
    </div>
  )
}
