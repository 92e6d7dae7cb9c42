import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { useAuditEntries } from "../hooks/use-audit-entries"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { errorMessage, type QueryParams } from "../lib/api"

const ENTRIES_SHOWN = 20

/**
 * "Audit trail": the money actions recorded for one record (a payment, a transfer, an account), newest first: when,
 * what, who with which roles, the amount, the outcome and the request's idempotency key. Shown only to callers the
 * audit route allows.
 */
export const AuditTrailSection = ({ filter, title }: { filter: QueryParams; title?: string }) => {
  const { t, money, dateTime } = useI18n()
  const { can, isLoading: rolesLoading } = usePermissions()
  const allowed = can("GET /admin/stripe-connect/audit-entries")
  const { data, isLoading, error } = useAuditEntries({ ...filter, limit: ENTRIES_SHOWN }, { enabled: allowed })
  if (rolesLoading || !allowed) return null
  const entries = data?.data ?? []

  return (
    <Container className="divide-y p-0" data-testid="stripe-audit-trail">
      <div className="px-6 py-4">
        <Heading level="h2">{title ?? t("audit.title")}</Heading>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          {errorMessage(error)}
        </Text>
      )}
      {isLoading && (
        <Text size="small" className="px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {!isLoading && !error && !entries.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("audit.empty")}
        </Text>
      )}
      {entries.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("audit.when")}</Table.HeaderCell>
              <Table.HeaderCell>{t("audit.action")}</Table.HeaderCell>
              <Table.HeaderCell>{t("audit.actor")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.amount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("audit.outcome")}</Table.HeaderCell>
              <Table.HeaderCell>{t("audit.idempotencyKey")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {entries.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell>{dateTime(entry.created_at)}</Table.Cell>
                <Table.Cell>
                  {t(`audit.actions.${entry.action.replace(".", "_")}`, { defaultValue: entry.action })}
                </Table.Cell>
                <Table.Cell>
                  <Text size="small">{entry.actor_id}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {entry.actor_roles.join(", ")}
                  </Text>
                </Table.Cell>
                <Table.Cell>{entry.amount === null ? "–" : money(entry.amount, entry.currency)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={entry.outcome === "succeeded" ? "green" : "red"}>
                    {entry.outcome === "succeeded"
                      ? t("audit.succeeded")
                      : t("audit.failed", { code: entry.error_code ?? "" })}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>{entry.idempotency_key ?? "–"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
