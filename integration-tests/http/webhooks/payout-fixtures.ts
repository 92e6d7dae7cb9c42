import type { Event, IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import type { EmulatorRequest } from "../accounts/emulator"
import { emulator, emulatorStripe, makeEvent } from "./helpers"

/** A connected account known to the plugin, with `count` payouts at Stripe; the emulator's request log cleared. */
export async function accountWithPayouts(container: MedusaContainer, count: number) {
  const stripe = emulatorStripe()
  const account = await stripe.accounts.create({ type: "express", country: "US", email: "instances@example.com" })
  await emulator("POST", `/accounts/${account.id}/complete_onboarding`)
  await emulator("POST", "/balance/add", { account: account.id, amount: 100_000, currency: "usd" })
  await container
    .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    .createConnectedAccounts([{ stripe_account_id: account.id, merchant_id: "merchant_instances", mode: "test", type: "express" }])
  const payouts: Stripe.Payout[] = []
  for (let i = 0; i < count; i++) {
    payouts.push(await stripe.payouts.create({ amount: 100 + i, currency: "usd" }, { stripeAccount: account.id }))
  }
  await emulator("DELETE", "/requests")
  return { account, payouts }
}

/** `payout.paid` events (fresh ids) of the account's payouts. */
export function payoutPaidEvents(accountId: string, payouts: Stripe.Payout[]) {
  return payouts.map((payout) => makeEvent("payout.paid", { ...payout, status: "paid" }, { account: accountId }))
}

/**
 * The side effect of processing a payout event, whichever instance does it: the handler reads the payout from
 * Stripe. Returns the paths read for the account, sorted.
 */
export async function payoutReads(accountId: string): Promise<string[]> {
  const { data: requests } = await emulator<{ data: EmulatorRequest[] }>("GET", "/requests?method=GET&path=/v1/payouts/*")
  return requests.filter((request) => request.stripe_account === accountId).map((request) => request.path).sort()
}

/** Records the payout ids of the `stripe.payout_paid` host events this app emits (not the other instance's). */
export function recordPayoutPaidHere(container: MedusaContainer, subscriberId: string): string[] {
  const payoutIds: string[] = []
  container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).subscribe(
    "stripe.payout_paid",
    async (event: Event) => {
      payoutIds.push((event.data as { payout_id: string }).payout_id)
    },
    { subscriberId }
  )
  return payoutIds
}
