import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A two-column row of a detail section: label on the left, value on the right. */
export const KeyValue = ({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small text-ui-fg-base" data-testid={testId}>
      {value}
    </div>
  </div>
)
