import { Button, toast } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { useRecoverWebhookEvents } from "../hooks/use-webhook-events"
import { toastError, useConfirm } from "./use-confirm"

/** Missed-event recovery: asks Stripe for the last 24 hours' events and stores and processes those never received. */
export const RecoverEventsButton = () => {
  const { t } = useI18n()
  const recover = useRecoverWebhookEvents()
  const confirm = useConfirm()
  const run = async () => {
    const confirmed = await confirm({
      title: t("webhookEvents.recover.confirmTitle"),
      description: t("webhookEvents.recover.confirmDescription"),
      confirmText: t("webhookEvents.recover.confirm"),
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
        onError: toastError,
      }
    )
  }
  return (
    <Button size="small" variant="secondary" onClick={run} isLoading={recover.isPending}>
      {t("webhookEvents.recover.button")}
    </Button>
  )
}
