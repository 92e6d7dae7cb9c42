import { Button, CodeBlock, Container, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { KeyValue } from "../../../../../components/key-value"
import { Notice } from "../../../../../components/notice"
import { QueryError } from "../../../../../components/query-error"
import { SectionCard } from "../../../../../components/section-card"
import { SectionHeader } from "../../../../../components/section-header"
import { WebhookStatusBadge } from "../../../../../components/status-badges"
import { toastOutcome, useConfirm } from "../../../../../components/use-confirm"
import { useI18n } from "../../../../../hooks/use-i18n"
import { usePermissions } from "../../../../../hooks/use-me"
import { useReplayWebhookEvent, useWebhookEvent } from "../../../../../hooks/use-webhook-events"

const WebhookEventPage = () => {
  const { id = "" } = useParams()
  const { t, dateTime } = useI18n()
  const { can, hasCapability, isLoading: rolesLoading } = usePermissions()
  const mayReadPayload = hasCapability("read_webhook_payload")
  const { data, error, isLoading } = useWebhookEvent(id, mayReadPayload)
  const replay = useReplayWebhookEvent()
  const confirm = useConfirm()
  const event = data?.webhook_event

  const confirmReplay = async () => {
    const confirmed = await confirm({
      title: t("webhookEvent.replay.confirmTitle"),
      description: t("webhookEvent.replay.confirmDescription"),
      confirmText: t("webhookEvent.replay.button"),
    })
    if (confirmed)
      replay.mutate(
        id,
        toastOutcome(() => t("webhookEvent.replay.done"))
      )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={event?.type ?? id}
          subtitle={event?.stripe_event_id}
          current="/settings/stripe-connect/webhook-events"
          actions={
            event ? (
              <>
                <WebhookStatusBadge status={event.status} />
                {can("POST /admin/stripe-connect/webhook-events/:id/replay") && (
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={confirmReplay}
                    isLoading={replay.isPending}
                    disabled={event.status === "processing"}
                  >
                    {t("webhookEvent.replay.button")}
                  </Button>
                )}
              </>
            ) : null
          }
        />
        {error && <QueryError error={error} />}
        {isLoading && <Text className="px-6 py-4">{t("common.loading")}</Text>}
        {event && (
          <>
            <KeyValue label={t("common.status")} value={event.status} testId="webhook-event-status" />
            <KeyValue label={t("webhookEvent.endpoint")} value={event.endpoint} />
            <KeyValue label={t("common.account")} value={event.account ?? t("common.platform")} />
            <KeyValue label={t("webhookEvents.attempts")} value={event.attempts} />
            <KeyValue label={t("webhookEvent.lastError")} value={event.last_error ?? "-"} />
            <KeyValue label={t("webhookEvent.nextAttempt")} value={dateTime(event.next_attempt_at)} />
            <KeyValue label={t("webhookEvent.processed")} value={dateTime(event.processed_at)} />
            <KeyValue label={t("webhookEvent.createdAtStripe")} value={dateTime(event.stripe_created_at)} />
            <KeyValue label={t("webhookEvents.received")} value={dateTime(event.created_at)} />
            <KeyValue label={t("webhookEvent.relatedObjects")} value={event.related_object_ids.join(", ") || "-"} />
          </>
        )}
      </Container>
      {event && (
        <SectionCard title={t("webhookEvent.payload")}>
          {!rolesLoading && !mayReadPayload ? (
            <Notice tone="subtle">{t("webhookEvent.payloadNotAllowed")}</Notice>
          ) : event.payload ? (
            <div className="px-6 py-4">
              <CodeBlock snippets={[{ label: "JSON", language: "json", code: JSON.stringify(event.payload, null, 2) }]}>
                <CodeBlock.Body />
              </CodeBlock>
            </div>
          ) : null}
        </SectionCard>
      )}
    </div>
  )
}

export default WebhookEventPage
