import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { prepareCheckoutPaymentSessionWorkflow } from "../../../workflows/payments"
import { PREPARED_SESSION_KEY } from "../../../providers/stripe-connect/types"

/** Provider ids of the `stripe-connect` provider, whatever id the host registered it under. */
const PROVIDER_PREFIX = "pp_stripe-connect_"

type SessionBody = { provider_id?: unknown; data?: Record<string, unknown> }

/**
 * Runs before Medusa's `POST /store/payment-collections/:id/payment-sessions`. For the `stripe-connect` provider
 * it replaces the session data the storefront sent with what the server decides: the connected account (from the
 * cart's sales channel, or the `account_id`/`merchant_id` the storefront named when the channel has none) and the
 * platform's fee. A fee or anything else the client put in `data` is dropped.
 */
export async function prepareStripeConnectPaymentSession(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = (req.body ?? {}) as SessionBody
  if (typeof body.provider_id !== "string" || !body.provider_id.startsWith(PROVIDER_PREFIX)) {
    return next()
  }
  const requested = body.data ?? {}
  const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : null)
  const { result } = await prepareCheckoutPaymentSessionWorkflow(req.scope).run({
    input: {
      payment_collection_id: req.params.id,
      requested_account_id: text(requested.account_id),
      requested_merchant_id: text(requested.merchant_id),
    },
  })
  const prepared = { [PREPARED_SESSION_KEY]: result }
  body.data = prepared
  const validated = req.validatedBody as SessionBody | undefined
  if (validated && typeof validated === "object") {
    validated.data = prepared
  }
  next()
}
