import { Button, toast, usePrompt } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { useRecoverWebhookEvents } from "../hooks/use-webhook-events"
import { errorMessage } from "../lib/api"

/** Missed-event recovery: asks Stripe for the last 24 hours' events and stores and processes those never received. */
export const RecoverEventsButton = () => {
  const { t } = useI18n()
  const recover = useRecoverWebhookEvents()
  const prompt = usePrompt()
  const run = async () => {
    const confirmed = await prompt({
      title: t("webhookEvents.recover.confirmTitle"),
      description: t("webhookEvents.recover.confirmDescription"),
      confirmText: t("webhookEvents.recover.confirm"),
      cancelText: t("common.cancel"),
    })
    if (!confirmed) return
    recover.mutate(
      {},
      {
        onSuccess: (result) => {
          const summary = t("webhookEvents.recover.summary", {
            scanned: result.scanned,
            recovered: result.recovered.length,
          })
          if (result.errors.length) {
            toast.warning(t("webhookEvents.recover.summaryWithFailures", { summary, failed: result.errors.length }), {
              description: result.errors[0].message,
            })
          } else {
            toast.success(summary)
          }
        },
        onError: (error) => toast.error(errorMessage(error)),
      }
    )
  }
  return (
    <Button size="small" variant="secondary" onClick={run} isLoading={recover.isPending}>
      {t("webhookEvents.recover.button")}
    </Button>
  )
}
