import { Button, toast, usePrompt } from "@medusajs/ui"
import { useRecoverWebhookEvents } from "../hooks/use-webhook-events"
import { errorMessage } from "../lib/api"

/** Missed-event recovery: asks Stripe for the last 24 hours' events and stores and processes those never received. */
export const RecoverEventsButton = () => {
  const recover = useRecoverWebhookEvents()
  const prompt = usePrompt()
  const run = async () => {
    const confirmed = await prompt({
      title: "Recover missed events?",
      description: "Lists Stripe's events of the last 24 hours for the platform and every connected account, then stores and processes those this store never received.",
      confirmText: "Recover",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    recover.mutate(
      {},
      {
        onSuccess: (result) => {
          const summary = `${result.scanned} events checked, ${result.recovered.length} missed events recovered`
          if (result.errors.length) toast.warning(`${summary}; ${result.errors.length} scopes failed`, { description: result.errors[0].message })
          else toast.success(summary)
        },
        onError: (error) => toast.error(errorMessage(error)),
      }
    )
  }
  return (
    <Button size="small" variant="secondary" onClick={run} isLoading={recover.isPending}>
      Recover missed events
    </Button>
  )
}
