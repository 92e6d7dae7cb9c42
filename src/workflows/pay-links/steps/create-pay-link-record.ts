import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type CreatePayLinkRecordStepInput = {
  session: Stripe.Checkout.Session
  integration_id: string
  merchant_id: string | null
  stripe_account_id: string
  order_id: string
  order_display_id: number | null
  amount: number
  currency: string
  created_by?: string | null
}

export const createPayLinkRecordStepId = "create-stripe-connect-pay-link-record"

/** This step stores a pay link (once per Checkout Session). Compensation soft-deletes the row it created. */
export const createPayLinkRecordStep = createStep(
  createPayLinkRecordStepId,
  async (input: CreatePayLinkRecordStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [existing] = await service.listStripeConnectPayLinks({ checkout_session_id: input.session.id }, { take: 1 })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const { session, ...fields } = input
    const created = await service.createStripeConnectPayLinks({
      ...fields,
      checkout_session_id: session.id,
      url: session.url ?? "",
      status: "open",
      expires_at: new Date(session.expires_at * 1000),
      created_by: fields.created_by ?? null,
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .softDeleteStripeConnectPayLinks(createdId)
  }
)
