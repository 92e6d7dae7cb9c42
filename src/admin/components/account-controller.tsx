import type { AccountController } from "../lib/types"
import { useI18n } from "../hooks/use-i18n"
import { KeyValue } from "./key-value"
import { Notice } from "./notice"
import { SectionCard } from "./section-card"

/**
 * Stripe's `controller` properties of an account (docs/api.md#get-account-status): who pays Stripe's fees, who
 * bears negative balances, which Stripe dashboard the account has and who collects its requirements. A value
 * Stripe does not report shows as "-"; an account stored before the plugin kept them says so.
 */
export const AccountControllerSection = ({ controller }: { controller: AccountController | null }) => {
  const { t } = useI18n()
  const party = (value: string | null) =>
    value ? t(`accountDetail.controller.parties.${value}`, { defaultValue: value }) : "-"
  const dashboard = (value: string | null) =>
    value ? t(`accountDetail.controller.dashboards.${value}`, { defaultValue: value }) : "-"

  return (
    <SectionCard title={t("accountDetail.controller.title")} testId="account-controller">
      {controller ? (
        <>
          <KeyValue
            label={t("accountDetail.controller.feesPayer")}
            value={party(controller.fees.payer)}
            testId="controller-fees-payer"
          />
          <KeyValue
            label={t("accountDetail.controller.lossesPayer")}
            value={party(controller.losses.payments)}
            testId="controller-losses-payer"
          />
          <KeyValue
            label={t("accountDetail.controller.dashboard")}
            value={dashboard(controller.stripe_dashboard.type)}
            testId="controller-dashboard"
          />
          <KeyValue
            label={t("accountDetail.controller.requirementCollection")}
            value={party(controller.requirement_collection)}
            testId="controller-requirement-collection"
          />
        </>
      ) : (
        <Notice tone="muted">{t("accountDetail.controller.notReported")}</Notice>
      )}
    </SectionCard>
  )
}
