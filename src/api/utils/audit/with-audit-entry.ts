import type { MedusaRequest } from "@medusajs/framework/http"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { NewAuditEntry } from "../../../modules/stripe-connect/audit/audit-entry-store"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { getAccessScope } from "../access-scope"
import { toErrorResponse } from "../error-response"
import { errorMessageOf } from "../../../modules/stripe-connect/errors/error-text"

/** What a route knows about its action; who acted, the idempotency key and the outcome are filled in here. */
export type AuditedAction = Pick<NewAuditEntry, "action" | "resource_type"> &
  Partial<Pick<NewAuditEntry, "resource_id" | "merchant_id" | "account_id" | "amount" | "currency">>

const MAX_IDEMPOTENCY_KEY_LENGTH = 255

/**
 * Awaits a money action (a workflow run the route has started) and records it in the audit trail, succeeded or
 * failed with its error code, then answers or rethrows as the action did. `fromResult` adds what only the result
 * tells (the id of a created record, the amount Stripe settled on).
 *
 * Recorded here, around the run, rather than by a last step inside each workflow: a failed workflow never reaches
 * its last step, and the route is where the caller (actor, roles) and the `Idempotency-Key` header are known. Bad
 * input (400), an unknown or foreign record (404) and a refused role (403) end before the action and write nothing.
 * The entry is one insert through the module with nothing to compensate (entries are never removed), so it is
 * written without a workflow run of its own.
 */
export async function withAuditEntry<T>(
  req: MedusaRequest,
  action: AuditedAction,
  run: Promise<T>,
  fromResult?: (result: T) => Partial<AuditedAction>
): Promise<T> {
  try {
    const result = await run
    await record(req, { ...action, ...fromResult?.(result) }, { outcome: "succeeded", error_code: null })
    return result
  } catch (error) {
    await record(req, action, { outcome: "failed", error_code: toErrorResponse(error).body.code })
    throw error
  }
}

async function record(
  req: MedusaRequest,
  action: AuditedAction,
  outcome: Pick<NewAuditEntry, "outcome" | "error_code">
): Promise<void> {
  const scope = getAccessScope(req)
  const entry: NewAuditEntry = {
    resource_id: null,
    merchant_id: null,
    account_id: null,
    amount: null,
    currency: null,
    ...action,
    actor_id: scope.actorId,
    actor_type: scope.actorType,
    actor_roles: scope.roles,
    idempotency_key: req.get("idempotency-key")?.trim().slice(0, MAX_IDEMPOTENCY_KEY_LENGTH) || null,
    ...outcome,
  }
  try {
    await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).createAuditEntry(entry)
  } catch (error) {
    // The action has happened (or failed) already; its answer must not change because the trail could not be written.
    req.scope
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .error(
        `stripe-connect: could not record the audit entry ${entry.action} ${entry.resource_id ?? ""}: ${errorMessageOf(error)}`
      )
  }
}
