import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type ValidateRoleActorStepInput = { actor_id: string; actor_type: "user" | "api-key" }

export const validateRoleActorStepId = "validate-role-actor"

/**
 * This step checks that the actor a role is given to exists: an admin user, or a secret API key.
 */
export const validateRoleActorStep = createStep(
  validateRoleActorStepId,
  async ({ actor_id, actor_type }: ValidateRoleActorStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const entity = actor_type === "user" ? "user" : "api_key"
    const { data } = await query.graph({ entity, fields: ["id"], filters: { id: actor_id } })
    if (!data.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `actor_id: no ${actor_type === "user" ? "admin user" : "secret API key"} with id ${actor_id}`
      )
    }
    return new StepResponse(undefined)
  }
)
