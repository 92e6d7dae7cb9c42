import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { prepareCheckoutPaymentSessionWorkflow } from "../../../workflows/payments"
import { PREPARED_SESSION_KEY } from "../../../providers/stripe-connect/types"
import { findReservedSessionDataField } from "../../../shared/reserved-metadata"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

/** Provider ids of the `stripe-connect` provider, whatever id the host registered it under. */
const PROVIDER_PREFIX = "pp_stripe-connect_"

type SessionBody = { provider_id?: unknown; data?: Record<string, unknown> }

/**
 * Runs before Medusa's `POST /store/payment-collections/:id/payment-sessions`. For the `stripe-connect` provider
 * it replaces the session data the storefront sent with what the server decides: the connected account (the cart's
 * sales channel's; a storefront-named `account_id`/`merchant_id` only as the `checkout` options allow) and the
 * platform's fee. Keys the provider reads (`data.session_id`, `data.stripe_connect`, reserved `data.metadata` keys,
 * ...) are a 400 naming the key; a fee or anything else the client put in `data` is dropped.
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
  const requested = body.data && typeof body.data === "object" ? body.data : {}
  const reserved = findReservedSessionDataField(requested)
  if (reserved) {
    throw new StripeConnectError(
      "invalid_request",
      `${reserved}: is reserved by the plugin (the payment provider reads it); leave it out`,
      { param: reserved }
    )
  }
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
