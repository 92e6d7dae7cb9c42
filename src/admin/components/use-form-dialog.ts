import { toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { errorMessage } from "../lib/api"

type Success = { message: string; description?: string }

/** A modal or drawer form's open state and error, and the mutation callbacks all of them use. */
export function useFormDialog() {
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return {
    open,
    onOpenChange: setOpen,
    error,
    setError,
    /** On success: a toast, the dialog closes, then `after`; on failure: the API's message in the form. */
    callbacks: <T>(success: (result: T) => Success, after?: (result: T) => void) => ({
      onSuccess: (result: T) => {
        const { message, description } = success(result)
        toast.success(message, description ? { description } : undefined)
        setOpen(false)
        after?.(result)
      },
      onError: (e: unknown) => setError(errorMessage(e)),
    }),
  }
}

export type FormDialog = ReturnType<typeof useFormDialog>

/** What the modal and drawer form shells share: their dialog state, trigger, title, action button and fields. */
export type FormShellProps = {
  dialog: Pick<FormDialog, "open" | "error"> & { onOpenChange: (open: boolean) => void }
  /** The button that opens the dialog. */
  trigger: string
  title: string
  /** The action button, which runs `onSubmit`. */
  submitLabel: string
  onSubmit: () => void
  isSubmitting: boolean
  children: ReactNode
}
