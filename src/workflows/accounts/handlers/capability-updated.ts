import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { refreshStripeAccountWorkflow } from "../workflows/refresh-stripe-account"
import type { StripeEventHandlerInput } from "./types"

/**
 * `capability.updated`: the event carries one capability, but the status depends on the whole account, so the
 * account is read from Stripe and applied (it is at least as new as the event). Accounts the plugin does not
 * know are ignored without calling Stripe.
 */
export async function handleCapabilityUpdatedEvent({ event, container }: StripeEventHandlerInput) {
  const capability = event.data.object as Stripe.Capability
  const accountId =
    event.account ?? (typeof capability.account === "string" ? capability.account : capability.account.id)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [[account], [integration]] = await Promise.all([
    service.listConnectedAccounts({ stripe_account_id: accountId }, { take: 1 }),
    service.listStripeIntegrations({ stripe_account_id: accountId, status: "connected" }, { take: 1 }),
  ])
  if (!account && !integration) {
    return { applied: false as const, reason: "unknown_account" as const, account_id: accountId }
  }
  const { result } = await refreshStripeAccountWorkflow(container).run({
    input: { account_id: accountId, event_created: event.created },
  })
  return result
}
