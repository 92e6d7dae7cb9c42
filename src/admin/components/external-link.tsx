import type { ReactNode } from "react"

/** A link out of the dashboard (Stripe's hosted pages), opened in a new tab without access back to this one. */
export const ExternalLink = ({
  href,
  className,
  children,
}: {
  href: string
  className: string
  children: ReactNode
}) => (
  <a
    href={href}
    target="_blank"
    rel="noopener noreferrer"
    className={`txt-compact-small text-ui-fg-interactive ${className}`}
  >
    {children}
  </a>
)
