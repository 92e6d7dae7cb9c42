import { Text } from "@medusajs/ui"

/** A form's error (client-side check or the API's message), announced to screen readers. */
export const FormError = ({ error }: { error: string | null }) =>
  error ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {error}
    </Text>
  ) : null
