import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { hashOAuthState, integrationIdFromOAuthState } from "../../../modules/stripe-connect/integrations/oauth-state"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type ConsumeOAuthStateStepInput = {
  state: string
  /** The admin on the callback request, if the browser sent a session (or bearer token). */
  actor_id: string | null
}

export const consumeOAuthStateStepId = "consume-oauth-state"

const refuse = (message: string) => new StripeConnectError("invalid_request", message, { param: "state" })

/**
 * This step accepts an OAuth state once: it must be one the plugin handed out, for the integration it names,
 * not used, not expired, and, when the callback request carries an admin identity, handed to that same admin.
 * It is marked used under a lock before anything else happens, so a replayed or concurrent callback is refused.
 * There is deliberately no compensation: a state stays spent even if the code exchange later fails.
 */
export const consumeOAuthStateStep = createStep(
  consumeOAuthStateStepId,
  async ({ state, actor_id }: ConsumeOAuthStateStepInput, { container }) => {
    const namedIntegration = integrationIdFromOAuthState(state)
    if (!namedIntegration) {
      throw refuse("This authorization link is not valid (unknown state). Start the connection again from the admin.")
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const stateHash = hashOAuthState(state)

    const locked = await runLocked(locking, `stripe-connect:oauth-state:${stateHash}`, async () => {
      const [stored] = await service.listOAuthStates({ state_hash: stateHash })
      if (!stored) {
        throw refuse("This authorization link is not valid (unknown state). Start the connection again from the admin.")
      }
      if (stored.integration_id !== namedIntegration) {
        throw refuse(
          "This authorization link does not belong to this integration. Start the connection again from the admin."
        )
      }
      if (stored.used_at) {
        throw refuse("This authorization link was already used. Start the connection again from the admin.")
      }
      if (new Date(stored.expires_at).getTime() <= Date.now()) {
        throw refuse(
          "This authorization link has expired (links are valid for 10 minutes). Start the connection again from the admin."
        )
      }
      if (actor_id && actor_id !== stored.actor_id) {
        throw refuse(
          "This authorization was started by another admin user. Start the connection again with your own account."
        )
      }
      await service.updateOAuthStates({ id: stored.id, used_at: new Date() })
      return new StepResponse({ integration_id: stored.integration_id, actor_id: stored.actor_id })
    })
    return new StepResponse(locked.output, locked.compensateInput)
  }
)
