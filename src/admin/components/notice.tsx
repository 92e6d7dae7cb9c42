import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/api"

const TONES = { muted: "text-ui-fg-muted", subtle: "text-ui-fg-subtle", error: "text-ui-fg-error" }

type NoticeProps = {
  tone: keyof typeof TONES
  /** Padded as a row of a card (the default); off inside a block that has its own padding. */
  inset?: boolean
  role?: "alert"
  testId?: string
  children: ReactNode
}

/** A line that stands in for a card's content: loading, nothing there, not allowed, or an error. */
export const Notice = ({ tone, inset = true, role, testId, children }: NoticeProps) => (
  <Text size="small" className={inset ? `${TONES[tone]} px-6 py-4` : TONES[tone]} role={role} data-testid={testId}>
    {children}
  </Text>
)

/** The message of a failed read or write, as a notice. */
export const ErrorNotice = ({ error, ...props }: { error: unknown } & Omit<NoticeProps, "tone" | "children">) => (
  <Notice tone="error" {...props}>
    {errorMessage(error)}
  </Notice>
)

/** A read's content, or what stands in for it: that it is loading, the API's error, or that it found nothing. */
export const QueryContent = ({
  isLoading,
  error,
  isEmpty,
  loadingText,
  emptyText,
  inset,
  children,
}: {
  isLoading: boolean
  error: unknown
  isEmpty: boolean
  loadingText: string
  emptyText: string
  inset?: boolean
  children: ReactNode
}) => {
  if (isLoading)
    return (
      <Notice tone="muted" inset={inset}>
        {loadingText}
      </Notice>
    )
  if (error) return <ErrorNotice error={error} inset={inset} />
  if (isEmpty)
    return (
      <Notice tone="muted" inset={inset}>
        {emptyText}
      </Notice>
    )
  return <>{children}</>
}
