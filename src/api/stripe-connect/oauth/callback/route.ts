import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Logger } from "@medusajs/framework/types"
import { renderOAuthResultPage } from "./result-page"
import { toErrorResponse } from "../../../utils/error-response"
import { connectStripeIntegrationWorkflow, consumeOAuthStateWorkflow } from "../../../../workflows/integrations"
import { StripeOAuthCallbackQuery } from "./validators"

const START_AGAIN = "Start the connection again from the Stripe integration page in the admin."

/**
 * Where Stripe sends the admin back after OAuth. The state is checked and spent first: an unknown, reused,
 * expired or mismatched state gets a 400 page and nothing is stored. A declined authorization (`error`) is shown
 * and the integration stays unconnected. Otherwise the code is exchanged, the connection stored with sealed
 * tokens, and the admin is redirected to the integration's page. This route answers HTML, never JSON, and never
 * echoes a code or token.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const page = (status: number, title: string, message: string, backUrl?: string) =>
    res.status(status).type("html").send(renderOAuthResultPage({ title, message, backUrl }))

  const parsed = StripeOAuthCallbackQuery.safeParse(req.query)
  if (!parsed.success || !parsed.data.state) {
    return page(400, "Stripe connection refused", `This authorization link is not valid (no state). ${START_AGAIN}`)
  }
  const { state, code, error, error_description } = parsed.data

  let consumed: { integration_id: string; actor_id: string }
  try {
    const { result } = await consumeOAuthStateWorkflow(req.scope).run({
      input: { state, actor_id: req.auth_context?.actor_id ?? null },
    })
    consumed = result
  } catch (failure) {
    return page(400, "Stripe connection refused", toErrorResponse(failure).body.message)
  }

  const backUrl = `/app/settings/stripe-connect/integrations/${consumed.integration_id}`
  if (error) {
    const reason = error_description ? `${error_description} (${error})` : error
    return page(
      200,
      "Stripe connection declined",
      `Stripe reported: ${reason}. The integration was not connected.`,
      backUrl
    )
  }
  if (!code) {
    return page(400, "Stripe connection refused", `Stripe sent no authorization code. ${START_AGAIN}`, backUrl)
  }

  try {
    await connectStripeIntegrationWorkflow(req.scope).run({
      input: { integration_id: consumed.integration_id, actor_id: consumed.actor_id, code },
    })
  } catch (failure) {
    const { status, body } = toErrorResponse(failure)
    // Stripe may quote the code it refused; it is a credential, so it is never shown or logged.
    const message = body.message.split(code).join("[authorization code]")
    req.scope
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(
        `stripe-connect: OAuth connection of integration ${consumed.integration_id} failed: ${body.code}: ${message}`
      )
    return page(status, "Stripe connection failed", `${message}. The integration was not connected.`, backUrl)
  }
  res.redirect(303, backUrl)
}
