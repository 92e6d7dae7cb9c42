import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { callStripeForIntent, openMoneyIntent } from "../../money-intents/utils/money-intent"
import { destinationAvailableOn } from "../utils/destination-available-on"
import type { TransferRecordContext } from "../utils/store-transfer"

export type CreateStripeTransferStepInput = Omit<TransferRecordContext, "created_by"> & {
  /** Who asked: stored as the transfer's `created_by`. */
  actor_id?: string | null
  account_id: string
  amount: number
  currency: string
  description?: string | null
  metadata?: Record<string, string> | null
  source_transaction?: string | null
}

export type CreateStripeTransferStepOutput = {
  transfer: Stripe.Transfer
  /** Unix seconds when the funds become available on the connected account (null when Stripe did not say). */
  available_on: number | null
  money_intent_id: string
}

type Compensation = { transfer_id: string; request_id: string; money_intent_id: string }

export const createStripeTransferStepId = "create-stripe-connect-transfer"

/** The parameters of the transfer at Stripe; stored on the intent and sent again as they are by recovery. */
export function transferCreateParams(input: CreateStripeTransferStepInput): Stripe.TransferCreateParams {
  return {
    destination: input.account_id,
    amount: input.amount,
    currency: input.currency,
    ...(input.description ? { description: input.description } : {}),
    metadata: { ...(input.metadata ?? {}), request_id: input.request_id },
    ...(input.source_transaction ? { source_transaction: input.source_transaction } : {}),
  }
}

/**
 * This step transfers funds from the platform balance to a connected account with the key
 * `stripe-connect:transfer:create:<request id>:<hash of account, amount, currency, source>`, so a retried request
 * transfers once. The transfer's intent (amount, parameters, key) is written before the Stripe call: a refusal
 * deletes it (`balance_insufficient` -> 400 `insufficient_balance`), an unknown outcome leaves it pending for
 * recovery (`transfer.created`, the recovery job). It then reads the payment the transfer made on the connected
 * account to learn when the funds become available there. Compensation reverses the transfer in full and drops
 * the intent.
 */
export const createStripeTransferStep = createStep(
  createStripeTransferStepId,
  async (input: CreateStripeTransferStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const gateway = await service.getStripeGateway()
    const key = stripeIdempotencyKeys.createTransfer(input.request_id, {
      account_id: input.account_id,
      amount: input.amount,
      currency: input.currency,
      source_transaction: input.source_transaction,
    })
    const intent = await openMoneyIntent(service, {
      kind: "transfer",
      stripe_idempotency_key: key,
      amount: input.amount,
      currency: input.currency,
      params: transferCreateParams(input),
      context: {
        merchant_id: input.merchant_id,
        order_id: input.order_id ?? null,
        request_id: input.request_id,
        created_by: input.actor_id ?? null,
      } satisfies TransferRecordContext,
    })
    const transfer = await callStripeForIntent(service, intent, () =>
      gateway.transfers.create(intent.params as unknown as Stripe.TransferCreateParams, intent.stripe_idempotency_key)
    )
    const output: CreateStripeTransferStepOutput = {
      transfer,
      available_on: await destinationAvailableOn(gateway, transfer),
      money_intent_id: intent.id,
    }
    const compensation: Compensation = {
      transfer_id: transfer.id,
      request_id: input.request_id,
      money_intent_id: intent.id,
    }
    return new StepResponse(output, compensation)
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const gateway = await service.getStripeGateway()
    await gateway.transfers.reverse(
      compensation.transfer_id,
      { metadata: { reason: "compensation" } },
      stripeIdempotencyKeys.compensateTransfer(compensation.transfer_id, compensation.request_id)
    )
    await service.deleteStripeConnectMoneyIntents(compensation.money_intent_id)
  }
)
