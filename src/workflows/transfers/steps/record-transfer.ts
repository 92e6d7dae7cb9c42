import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { toIsoDate, transferStatus } from "../../../modules/stripe-connect/transfers"

export type RecordTransferStepInput = {
  transfer: Stripe.Transfer
  available_on: number | null
  merchant_id: string
  order_id?: string | null
  request_id: string
  created_by?: string | null
}

export const recordTransferStepId = "record-stripe-connect-transfer"

/**
 * This step stores a transfer made at Stripe (or returns the row of a retried request: the transfer id is
 * unique). Compensation deletes the row it created.
 */
export const recordTransferStep = createStep(
  recordTransferStepId,
  async (input: RecordTransferStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [existing] = await service.listStripeConnectTransfers({ transfer_id: input.transfer.id }, { take: 1 })
    if (existing) {
      return new StepResponse(existing, null)
    }
    const { transfer } = input
    const destination =
      typeof transfer.destination === "string" ? transfer.destination : (transfer.destination?.id ?? "")
    const created = await service.createStripeConnectTransfers({
      transfer_id: transfer.id,
      stripe_account_id: destination,
      merchant_id: input.merchant_id,
      order_id: input.order_id ?? null,
      source_transaction:
        typeof transfer.source_transaction === "string"
          ? transfer.source_transaction
          : (transfer.source_transaction?.id ?? null),
      currency: transfer.currency,
      amount: transfer.amount,
      amount_reversed: transfer.amount_reversed,
      description: transfer.description ?? null,
      status: transferStatus({
        amount: transfer.amount,
        amount_reversed: transfer.amount_reversed,
        available_on: input.available_on,
        now: Math.floor(Date.now() / 1000),
      }),
      arrival_date: toIsoDate(input.available_on ?? transfer.created),
      request_id: input.request_id,
      created_by: input.created_by ?? null,
      metadata: transfer.metadata ?? null,
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).deleteStripeConnectTransfers(createdId)
  }
)
