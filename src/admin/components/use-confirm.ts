import { toast, usePrompt } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { errorMessage } from "../lib/api"

/** Asks before an action that changes something; resolves whether to go on. The cancel button is always "Cancel". */
export function useConfirm() {
  const prompt = usePrompt()
  const { t } = useI18n()
  return (texts: { title: string; description: string; confirmText: string }) =>
    prompt({ ...texts, cancelText: t("common.cancel") })
}

/** The API's message for a failed action outside a form, as an error toast. */
export const toastError = (error: unknown) => {
  toast.error(errorMessage(error))
}

/** Mutation callbacks for an action outside a form: a toast saying what happened, or the API's message. */
export const toastOutcome = <T>(message: (result: T) => string) => ({
  onSuccess: (result: T) => {
    toast.success(message(result))
  },
  onError: toastError,
})
