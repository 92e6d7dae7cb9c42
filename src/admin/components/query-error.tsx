import { Text } from "@medusajs/ui"
import { errorMessage } from "../lib/api"

/** The API's message for a failed read, inline where the data would be. */
export const QueryError = ({ error }: { error: unknown }) => (
  <div className="px-6 py-4">
    <Text size="small" className="text-ui-fg-error" role="alert">
      {errorMessage(error)}
    </Text>
  </div>
)
