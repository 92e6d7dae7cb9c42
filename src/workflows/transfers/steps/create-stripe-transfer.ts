import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys, type StripeGateway } from "../../../modules/stripe-connect/stripe"

export type CreateStripeTransferStepInput = {
  account_id: string
  amount: number
  currency: string
  description?: string | null
  metadata?: Record<string, string> | null
  source_transaction?: string | null
  request_id: string
}

export type CreateStripeTransferStepOutput = {
  transfer: Stripe.Transfer
  /** Unix seconds when the funds become available on the connected account (null when Stripe did not say). */
  available_on: number | null
}

export const createStripeTransferStepId = "create-stripe-connect-transfer"

/**
 * This step transfers funds from the platform balance to a connected account with the key
 * `stripe-connect:transfer:create:<request id>:<hash of account, amount, currency, source>`, so a retried request
 * transfers once. Stripe decides whether the balance suffices (`balance_insufficient` -> 400
 * `insufficient_balance`). It then reads the payment the transfer made on the connected account to learn when
 * the funds become available there. Compensation reverses the transfer in full.
 */
export const createStripeTransferStep = createStep(
  createStripeTransferStepId,
  async (input: CreateStripeTransferStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const transfer = await gateway.transfers.create(
      {
        destination: input.account_id,
        amount: input.amount,
        currency: input.currency,
        ...(input.description ? { description: input.description } : {}),
        metadata: { ...(input.metadata ?? {}), request_id: input.request_id },
        ...(input.source_transaction ? { source_transaction: input.source_transaction } : {}),
      },
      stripeIdempotencyKeys.createTransfer(input.request_id, {
        account_id: input.account_id,
        amount: input.amount,
        currency: input.currency,
        source_transaction: input.source_transaction,
      })
    )
    const availableOn = await destinationAvailableOn(gateway, transfer)
    const output: CreateStripeTransferStepOutput = { transfer, available_on: availableOn }
    return new StepResponse(output, { transfer_id: transfer.id, request_id: input.request_id })
  },
  async (compensation: { transfer_id: string; request_id: string } | undefined, { container }) => {
    if (!compensation) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    await gateway.transfers.reverse(
      compensation.transfer_id,
      { metadata: { reason: "compensation" } },
      stripeIdempotencyKeys.compensateTransfer(compensation.transfer_id, compensation.request_id)
    )
  }
)

async function destinationAvailableOn(gateway: StripeGateway, transfer: Stripe.Transfer): Promise<number | null> {
  const paymentId =
    typeof transfer.destination_payment === "string" ? transfer.destination_payment : transfer.destination_payment?.id
  const account = typeof transfer.destination === "string" ? transfer.destination : transfer.destination?.id
  if (!paymentId || !account) {
    return null
  }
  try {
    const payment = await gateway.charges.retrieve(paymentId, { expand: ["balance_transaction"] }, account)
    const txn = payment.balance_transaction
    return txn && typeof txn === "object" ? txn.available_on : null
  } catch {
    // The transfer is made; not knowing the arrival date is no reason to undo it.
    return null
  }
}
