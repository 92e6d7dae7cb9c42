import { useEffect, useRef } from "react"
import { keyForSubmission, type KeyedSubmission } from "../lib/idempotency"

/**
 * The `Idempotency-Key` of a money-moving dialog: one per opening and submitted body, so a double submit or a
 * retry of the same submission repeats nothing, and opening the dialog again starts a new action.
 */
export function useIdempotencyKey(open: boolean): (body: unknown) => string {
  const last = useRef<KeyedSubmission | null>(null)
  useEffect(() => {
    if (open) last.current = null
  }, [open])
  return (body) => {
    last.current = keyForSubmission(last.current, body)
    return last.current.key
  }
}
