import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useHealth } from "../hooks/use-health"
import { useI18n } from "../hooks/use-i18n"
import { WEBHOOK_EVENT_ENDPOINTS } from "../../shared/types/webhook-events"

/** The plugin's health on the overview: ok or degraded with its reasons, the webhook log, Stripe's errors. */
export const HealthCard = () => {
  const { t, dateTime } = useI18n()
  const { data } = useHealth()
  if (!data) {
    return null
  }
  const figures: [string, string | number][] = [
    [t("health.backlog"), data.webhooks.backlog],
    [t("health.lag"), t("health.seconds", { count: data.webhooks.lag_seconds })],
    [t("health.failedRetrying"), data.webhooks.failed_retrying],
    [t("health.failedGivenUp"), data.webhooks.failed_given_up],
    [t("health.stripeErrors"), data.stripe.errors_last_hour],
    ...WEBHOOK_EVENT_ENDPOINTS.map((endpoint): [string, string] => [
      t("health.lastEvent", { endpoint }),
      data.webhooks.last_event_at[endpoint] ? dateTime(data.webhooks.last_event_at[endpoint]) : "–",
    ]),
  ]
  return (
    <Container className="divide-y p-0" data-testid="stripe-connect-health">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("health.title")}</Heading>
        <StatusBadge color={data.status === "ok" ? "green" : "orange"}>{t(`health.status.${data.status}`)}</StatusBadge>
      </div>
      {data.reasons.length > 0 && (
        <ul className="px-6 py-3">
          {data.reasons.map((reason) => (
            <li key={reason}>
              <Text size="small">{reason}</Text>
            </li>
          ))}
        </ul>
      )}
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 px-6 py-4 md:grid-cols-4">
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text size="xsmall" className="text-ui-fg-subtle" asChild>
              <dt>{label}</dt>
            </Text>
            <Text size="small" asChild>
              <dd>{value}</dd>
            </Text>
          </div>
        ))}
      </dl>
    </Container>
  )
}
