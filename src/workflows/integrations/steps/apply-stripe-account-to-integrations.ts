import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { isStaleStripeEvent, unixToIso } from "../../../modules/stripe-connect/accounts/event-order"
import { snapshotWriteGuard } from "../../../modules/stripe-connect/integrations/snapshot-write-guard"
import { integrationSnapshotFromStripe } from "../../../modules/stripe-connect/integrations/account-snapshot"

export type ApplyStripeAccountToIntegrationsStepInput = { account: Stripe.Account; event_created: number }

type Previous = { id: string; capabilities: unknown; account_snapshot: unknown; last_stripe_event_at: unknown }[]

export const applyStripeAccountToIntegrationsStepId = "apply-stripe-account-to-integrations"

/**
 * This step refreshes the account snapshot and capabilities of connected integrations whose Stripe account
 * changed, skipping older events. Each write checks again in the UPDATE itself that the integration is still
 * connected, no newer event was applied (the handlers of one account lock different objects) and it was not
 * connected after the event (see `snapshotWriteGuard`). Compensation restores the previous snapshot.
 */
export const applyStripeAccountToIntegrationsStep = createStep(
  applyStripeAccountToIntegrationsStepId,
  async (input: ApplyStripeAccountToIntegrationsStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const integrations = await service.listStripeIntegrations({
      stripe_account_id: input.account.id,
      status: "connected",
    })
    const fresh = integrations.filter(
      (integration) => !isStaleStripeEvent(input.event_created, integration.last_stripe_event_at)
    )
    if (!fresh.length) {
      return new StepResponse<number, Previous>(0, [])
    }
    const snapshot = integrationSnapshotFromStripe(input.account)
    const guard = snapshotWriteGuard(input.event_created)
    const written: typeof fresh = []
    for (const integration of fresh) {
      const data = { ...snapshot, last_stripe_event_at: new Date(unixToIso(input.event_created)) }
      if (await service.updateRecordIfGuardHolds("integration", integration.id, guard, data)) {
        written.push(integration)
      }
    }
    return new StepResponse<number, Previous>(
      written.length,
      written.map(({ id, capabilities, account_snapshot, last_stripe_event_at }) => ({
        id,
        capabilities,
        account_snapshot,
        last_stripe_event_at,
      }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.updateStripeIntegrations(previous as Parameters<typeof service.updateStripeIntegrations>[0])
  }
)
