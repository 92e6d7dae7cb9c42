import type Stripe from "stripe"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { relatedObjectIds } from "../../../modules/stripe-connect/webhooks/related-object-ids"

/**
 * Why an event received on the per-account endpoint of `account` must not be applied, or null when it may. That
 * endpoint's signing secret is visible to the account's owner in their own Stripe dashboard, so its events are
 * only trusted about the account's own objects:
 * - the event must name the endpoint's account;
 * - an account or capability event must be about that account;
 * - no stored record (payment, dispute, payout, transfer, invoice, pay link) that the event's object or its related
 *   objects name may belong to another account;
 * - when no stored record of the account names the event's object, the event is read back from Stripe on the
 *   account (through the gateway): Stripe must hold it there, about the same object.
 * An error reaching Stripe is thrown (the event fails and is retried), never taken as either answer.
 */
export async function findAccountBindingViolation(
  service: StripeConnectModuleService,
  account: string,
  event: Stripe.Event
): Promise<string | null> {
  if (event.account !== account) {
    return event.account
      ? `The event belongs to account ${event.account}, not to the endpoint's account ${account}`
      : `The event names no account; the endpoint of ${account} only takes that account's events`
  }
  const object = (event.data?.object ?? {}) as unknown as Record<string, unknown>
  const owner = ownerNamedByObject(object, account)
  if (owner !== undefined) {
    return owner === account
      ? null
      : `The event is about account ${String(owner)}, not the endpoint's account ${account}`
  }

  const ids = relatedObjectIds(event)
  const records = await service.listRecordAccountsByStripeIds(ids)
  const foreign = records.find((record) => record.account !== account)
  if (foreign) {
    return `${foreign.id} belongs to another account than the endpoint's (${account})`
  }
  if (ids.length && records.some((record) => record.id === ids[0])) {
    return null
  }
  const atStripe = await (await service.getStripeGateway()).events.find(event.id, account)
  if (!atStripe) {
    return `Stripe has no event ${event.id} on account ${account}`
  }
  const objectAtStripe = (atStripe.data?.object as unknown as { id?: unknown } | undefined)?.id
  if (objectAtStripe !== object.id) {
    return `Stripe's event ${event.id} is about another object than the delivered one`
  }
  return null
}

/**
 * The account an event's object itself names, for objects that are about an account: the account, its
 * capability, or the platform's application (deauthorized by the event's account). Undefined for other objects.
 */
function ownerNamedByObject(object: Record<string, unknown>, eventAccount: string): unknown {
  switch (object.object) {
    case "account":
      return object.id
    case "capability":
      return typeof object.account === "string" ? object.account : (object.account as { id?: unknown } | null)?.id
    case "application":
      return eventAccount
    default:
      return undefined
  }
}
