import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

/** One tile of the overview: a figure, what it counts and where to go for more. */
export const OverviewCard = ({
  title,
  value,
  detail,
  to,
  icon,
}: {
  title: string
  value: ReactNode
  detail?: ReactNode
  to: string
  icon: ReactNode
}) => (
  <Link to={to} className="block">
    <Container className="hover:bg-ui-bg-base-hover flex h-full flex-col gap-y-2 transition-colors">
      <div className="text-ui-fg-subtle flex items-center gap-x-2">
        {icon}
        <Text size="small" weight="plus">
          {title}
        </Text>
      </div>
      <Heading level="h2">{value}</Heading>
      {detail && <div className="txt-compact-small text-ui-fg-subtle">{detail}</div>}
    </Container>
  </Link>
)
