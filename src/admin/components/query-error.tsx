import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useI18n } from "../hooks/use-i18n"
import { StripeConnectApiError, errorMessage } from "../lib/api"

/**
 * The API's message for a failed read, inline where the data would be. Only a 401 without a plugin code is an
 * expired session (then a link to log in again); `account_not_onboarded` and the like are shown as they are.
 */
export const QueryError = ({ error }: { error: unknown }) => {
  const { t } = useI18n()
  return (
    <div className="px-6 py-4">
      <Text size="small" className="text-ui-fg-error" role="alert">
        {errorMessage(error)}{" "}
        {error instanceof StripeConnectApiError && error.isSessionExpired && (
          <Link to="/login" className="text-ui-fg-interactive">
            {t("common.logIn")}
          </Link>
        )}
      </Text>
    </div>
  )
}
