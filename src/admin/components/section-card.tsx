import { Container, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A card of a page or widget: its heading (with actions on the right, if any), then its rows divided by lines. */
export const SectionCard = ({
  title,
  actions,
  testId,
  children,
}: {
  title: string
  actions?: ReactNode
  testId?: string
  children: ReactNode
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className={actions ? "flex items-center justify-between px-6 py-4" : "px-6 py-4"}>
      <Heading level="h2">{title}</Heading>
      {actions}
    </div>
    {children}
  </Container>
)
