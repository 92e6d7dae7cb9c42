import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { prepareOrderPayLinkStep } from "../steps/prepare-order-pay-link"
import { createCheckoutSessionStep } from "../steps/create-checkout-session"
import { createPayLinkRecordStep } from "../steps/create-pay-link-record"

export type CreateOrderPayLinkWorkflowInput = {
  order_id: string
  integration_id: string
  /** Unix seconds. */
  expires_at: number
  success_url: string
  cancel_url?: string | null
  request_id: string
  actor_id?: string | null
}

export const createOrderPayLinkWorkflowId = "create-order-pay-link"

/**
 * Pay links: a Checkout Session on the integration's connected account for the order's outstanding amount,
 * stored and linked to the order. Refused for an integration that is not connected. Creations for one order run
 * one at a time (a lock on the order, held until the link is stored), so each reads the outstanding amount after
 * the links made before it and two at once cannot both cover the whole order.
 */
export const createOrderPayLinkWorkflow = createWorkflow(
  createOrderPayLinkWorkflowId,
  (input: CreateOrderPayLinkWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => `stripe-connect:pay-link-order:${input.order_id}`)
    // An owner per request: locking-postgres lets two owner-less acquirers that insert at the same moment both hold it.
    const lockOwner = transform({ input }, ({ input }) => input.request_id)
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, ownerId: lockOwner })
    const prepared = prepareOrderPayLinkStep(input)
    const session = createCheckoutSessionStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        stripe_account_id: prepared.integration.stripe_account_id,
        order_id: input.order_id,
        order_display_id: prepared.order.display_id,
        integration_id: input.integration_id,
        amount: prepared.amount,
        currency: prepared.currency,
        customer_email: prepared.order.email,
        expires_at: input.expires_at,
        success_url: input.success_url,
        cancel_url: input.cancel_url ?? null,
        request_id: input.request_id,
      }))
    )
    const link = createPayLinkRecordStep(
      transform({ input, prepared, session }, ({ input, prepared, session }) => ({
        session,
        integration_id: input.integration_id,
        merchant_id: prepared.integration.merchant_id,
        stripe_account_id: prepared.integration.stripe_account_id,
        order_id: input.order_id,
        order_display_id: prepared.order.display_id,
        amount: prepared.amount,
        currency: prepared.currency,
        created_by: input.actor_id ?? null,
      }))
    )
    releaseLockStep({ key: lockKey, ownerId: lockOwner })
    createRemoteLinkStep(
      transform({ input, link }, ({ input, link }) => [
        {
          [Modules.ORDER]: { order_id: input.order_id },
          [STRIPE_CONNECT_MODULE]: { stripe_connect_pay_link_id: link.id },
        },
      ])
    )
    return new WorkflowResponse(link)
  }
)
