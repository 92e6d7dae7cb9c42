import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One figure of a summary grid: its label, small and subtle, above the value. */
export const Figure = ({ label, value, strong }: { label: string; value: ReactNode; strong?: boolean }) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight={strong ? "plus" : undefined}>
      {value}
    </Text>
  </div>
)
