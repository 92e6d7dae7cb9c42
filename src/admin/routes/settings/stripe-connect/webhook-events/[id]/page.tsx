import { Button, CodeBlock, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { KeyValue } from "../../../../../components/key-value"
import { QueryError } from "../../../../../components/query-error"
import { SectionHeader } from "../../../../../components/section-header"
import { WebhookStatusBadge } from "../../../../../components/status-badges"
import { usePermissions } from "../../../../../hooks/use-me"
import { useReplayWebhookEvent, useWebhookEvent } from "../../../../../hooks/use-webhook-events"
import { errorMessage } from "../../../../../lib/api"
import { formatDateTime } from "../../../../../lib/dates"

const WebhookEventPage = () => {
  const { id = "" } = useParams()
  const { can, hasCapability, isLoading: rolesLoading } = usePermissions()
  const mayReadPayload = hasCapability("read_webhook_payload")
  const { data, error, isLoading } = useWebhookEvent(id, mayReadPayload)
  const replay = useReplayWebhookEvent()
  const prompt = usePrompt()
  const event = data?.webhook_event

  const confirmReplay = async () => {
    const confirmed = await prompt({
      title: "Replay this event?",
      description: "The event is queued again and its handler runs as for a new delivery.",
      confirmText: "Replay",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    replay.mutate(id, {
      onSuccess: () => toast.success("Event queued for processing"),
      onError: (e) => toast.error(errorMessage(e)),
    })
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
                  <Button size="small" variant="secondary" onClick={confirmReplay} isLoading={replay.isPending} disabled={event.status === "processing"}>
                    Replay
                  </Button>
                )}
              </>
            ) : null
          }
        />
        {error && <QueryError error={error} />}
        {isLoading && <Text className="px-6 py-4">Loading…</Text>}
        {event && (
          <>
            <KeyValue label="Status" value={event.status} testId="webhook-event-status" />
            <KeyValue label="Endpoint" value={event.endpoint} />
            <KeyValue label="Account" value={event.account ?? "Platform"} />
            <KeyValue label="Attempts" value={event.attempts} />
            <KeyValue label="Last error" value={event.last_error ?? "-"} />
            <KeyValue label="Next attempt" value={formatDateTime(event.next_attempt_at)} />
            <KeyValue label="Processed" value={formatDateTime(event.processed_at)} />
            <KeyValue label="Created at Stripe" value={formatDateTime(event.stripe_created_at)} />
            <KeyValue label="Received" value={formatDateTime(event.created_at)} />
            <KeyValue label="Related objects" value={event.related_object_ids.join(", ") || "-"} />
          </>
        )}
      </Container>
      {event && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Payload</Heading>
          </div>
          {!rolesLoading && !mayReadPayload ? (
            <Text size="small" className="text-ui-fg-subtle px-6 py-4">
              Your role may not read stored payloads.
            </Text>
          ) : event.payload ? (
            <div className="px-6 py-4">
              <CodeBlock snippets={[{ label: "JSON", language: "json", code: JSON.stringify(event.payload, null, 2) }]}>
                <CodeBlock.Body />
              </CodeBlock>
            </div>
          ) : null}
        </Container>
      )}
    </div>
  )
}

export default WebhookEventPage
