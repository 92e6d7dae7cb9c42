import type { MedusaRequest } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { allowedRedirectOrigins, findDisallowedRedirect } from "./redirect-origins"

/**
 * A pay link's `success_url` and `cancel_url` only to the allowed origins (`payLinks.allowedRedirectOrigins`, else
 * the store's CORS origins, and `publicUrl`): a 400 naming the field otherwise, so a link made in the store's name
 * never sends its customer to another site.
 */
export async function assertAllowedRedirects(
  req: MedusaRequest,
  urls: { success_url?: string; cancel_url?: string }
): Promise<void> {
  const { payLinks, publicUrl } = await req.scope
    .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    .getOptions()
  const config = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE)
  const allowed = allowedRedirectOrigins({
    configured: payLinks.allowedRedirectOrigins,
    storeCors: config.projectConfig.http?.storeCors,
    publicUrl,
  })
  const refused = findDisallowedRedirect(urls, allowed)
  if (refused) {
    throw new StripeConnectError("invalid_request", refused.message, { param: refused.param })
  }
}
