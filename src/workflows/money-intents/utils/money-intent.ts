import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { isStripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import type { MoneyIntentRow } from "../../../modules/stripe-connect/types"
import { errorMessageOf } from "../../../modules/stripe-connect/errors/error-text"

export type MoneyIntentKind = "transfer" | "refund" | "payout" | "capture"

export type OpenMoneyIntentInput = {
  kind: MoneyIntentKind
  stripe_idempotency_key: string
  stripe_account_id?: string | null
  target_id?: string | null
  amount: number
  currency?: string | null
  /** The Stripe request's parameters, exactly as they will be sent. */
  params: object
  /** What writing the local record needs later (recovery has nothing else). */
  context: Record<string, unknown>
}

/**
 * Whether Stripe answered the call with a refusal (declined, too little balance, bad parameters, an account that
 * cannot be paid), so it made nothing. A 5xx, a timeout or a lost connection (`stripe_error`) leaves the outcome
 * unknown, and so does an idempotency clash (`conflict`: the first attempt with the key may still be running).
 */
export function isStripeRefusal(error: unknown): boolean {
  return isStripeConnectError(error) && error.status < 500 && error.status !== 409 && error.status !== 429
}

/**
 * Writes the intent of a money movement before its Stripe call, or answers the intent stored under the same
 * Stripe idempotency key by an earlier attempt of the same operation: the call then sends that intent's stored
 * parameters, never recomputed ones, so Stripe answers what it did the first time.
 */
export async function openMoneyIntent(
  service: StripeConnectModuleService,
  input: OpenMoneyIntentInput
): Promise<MoneyIntentRow> {
  const { row } = await service.createMoneyIntentOrFindStored({
    kind: input.kind,
    stripe_idempotency_key: input.stripe_idempotency_key,
    stripe_account_id: input.stripe_account_id ?? null,
    target_id: input.target_id ?? null,
    amount: input.amount,
    currency: input.currency ?? null,
    params: input.params as Record<string, unknown>,
    context: input.context,
  })
  return row
}

/**
 * Makes the Stripe call of an intent. Success notes the Stripe object's id on the intent (it stays pending until
 * the local record is written). A refusal Stripe answered deletes the intent (nothing was made); any other
 * failure leaves it pending with the error, for recovery to ask Stripe again with the same key.
 */
export async function callStripeForIntent<T extends { id: string }>(
  service: StripeConnectModuleService,
  intent: MoneyIntentRow,
  call: () => Promise<T>
): Promise<T> {
  try {
    const made = await call()
    await service.updateStripeConnectMoneyIntents({ id: intent.id, stripe_object_id: made.id, last_error: null })
    return made
  } catch (error) {
    if (isStripeRefusal(error)) {
      await service.deleteStripeConnectMoneyIntents(intent.id)
    } else {
      await service
        .updateStripeConnectMoneyIntents({ id: intent.id, last_error: describe(error) })
        .catch(() => undefined)
    }
    throw error
  }
}

function describe(error: unknown): string {
  return errorMessageOf(error).slice(0, 1000)
}

/**
 * Completes a pending intent by `run`, which asks Stripe again with the intent's key and stored parameters (Stripe
 * answers the object made the first time, or makes it now) and writes the local record, answering the Stripe
 * object's id. A refusal Stripe answered deletes the intent (nothing was made); any other failure is kept on the
 * intent and thrown, for the next attempt.
 */
export async function settleMoneyIntent(
  service: StripeConnectModuleService,
  intent: MoneyIntentRow,
  run: () => Promise<string>
): Promise<"completed" | "refused"> {
  try {
    const objectId = await run()
    await service.updateStripeConnectMoneyIntents({
      id: intent.id,
      status: "completed",
      stripe_object_id: objectId,
      attempts: intent.attempts + 1,
      last_error: null,
    })
    return "completed"
  } catch (error) {
    if (isStripeRefusal(error)) {
      await service.deleteStripeConnectMoneyIntents(intent.id)
      return "refused"
    }
    await service
      .updateStripeConnectMoneyIntents({ id: intent.id, attempts: intent.attempts + 1, last_error: describe(error) })
      .catch(() => undefined)
    throw error
  }
}
