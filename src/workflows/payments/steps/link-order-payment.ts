import type { Link } from "@medusajs/framework/modules-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"

export type LinkOrderPaymentStepInput = { order_id?: string | null; payment_id: string }

type LinkDefinition = {
  [Modules.ORDER]: { order_id: string }
  [STRIPE_CONNECT_MODULE]: { stripe_connect_payment_id: string }
}

export const linkOrderPaymentStepId = "link-order-stripe-connect-payment"

/**
 * This step links a plugin payment to the Medusa order named by `order_id`, when such an order exists (an id of
 * an outside system is kept on the payment only) and the link is not there yet. Compensation removes the link it
 * made.
 */
export const linkOrderPaymentStep = createStep(
  linkOrderPaymentStepId,
  async (input: LinkOrderPaymentStepInput, { container }) => {
    if (!input.order_id) {
      return new StepResponse(false, null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "stripe_connect_payments.id"],
      filters: { id: input.order_id },
    })
    const order = orders[0] as { id: string; stripe_connect_payments?: ({ id: string } | null)[] } | undefined
    if (!order) {
      return new StepResponse(false, null)
    }
    if (order.stripe_connect_payments?.some((payment) => payment?.id === input.payment_id)) {
      return new StepResponse(true, null)
    }
    const definition: LinkDefinition = {
      [Modules.ORDER]: { order_id: input.order_id },
      [STRIPE_CONNECT_MODULE]: { stripe_connect_payment_id: input.payment_id },
    }
    await container.resolve<Link>(ContainerRegistrationKeys.LINK).create(definition)
    return new StepResponse(true, definition)
  },
  async (definition, { container }) => {
    if (!definition) {
      return
    }
    await container.resolve<Link>(ContainerRegistrationKeys.LINK).dismiss(definition)
  }
)
