import type Stripe from "stripe"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { disputeWriteGuard } from "../../../modules/stripe-connect/disputes"
import type { DisputeRow } from "../../../modules/stripe-connect/types"
import { disputeMirror } from "../utils/stored-dispute"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type UpsertDisputeFromStripeStepInput = {
  dispute: Stripe.Dispute
  /** The connected account whose event reported it (a direct charge); null for platform disputes. */
  event_account?: string | null
  /** `created` of the event (Unix seconds); left out when the dispute was read outside a webhook. */
  event_created?: number | null
  /** Evidence the plugin sent, merged into `staged_evidence`. */
  staged_evidence?: Record<string, string> | null
  submitted?: boolean
}

type Compensation = { previous?: Partial<DisputeRow> & { id: string }; created_id?: string }

export const upsertDisputeFromStripeStepId = "upsert-stripe-connect-dispute-from-stripe"

/**
 * This step mirrors a Stripe dispute onto its stored row, creating it the first time. The account and merchant
 * come from the stored payment of its payment intent (a destination charge of the plugin), else from the
 * connected account whose event reported it. An event older than the newest applied changes nothing, and neither
 * does a copy of the dispute that is behind the stored one (a handler that read it before staff submitted
 * evidence): both are checked in the UPDATE itself. Then the step returns the stored dispute as it is. When a
 * handler and an evidence submission store a new dispute at once, the second writes over the first's row.
 * Evidence submissions of one dispute run this step one at a time (a lock on the dispute), so evidence posted at
 * once is all kept in `staged_evidence`.
 * Compensation restores the previous fields or deletes the row it created.
 */
export const upsertDisputeFromStripeStep = createStep(
  upsertDisputeFromStripeStepId,
  async (input: UpsertDisputeFromStripeStepInput, { container }) => {
    // Evidence posts read, merge and write staged_evidence: one at a time per dispute, none losing another's fields.
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const upserted = input.staged_evidence
      ? await runLocked(locking, `stripe-connect:dispute-evidence:${input.dispute.id}`, () =>
          upsertDispute(container, input)
        )
      : await upsertDispute(container, input)
    return new StepResponse(upserted.output, upserted.compensateInput)
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    if (compensation.previous) {
      // The generated update merges a JSON column into the stored one, which would keep the evidence fields the
      // failed run added: clearing it first makes the restore replace it.
      await service.updateStripeConnectDisputes({ id: compensation.previous.id, staged_evidence: null })
      await service.updateStripeConnectDisputes(compensation.previous as { id: string })
    }
    if (compensation.created_id) {
      await service.deleteStripeConnectDisputes(compensation.created_id)
    }
  }
)

async function upsertDispute(container: MedusaContainer, input: UpsertDisputeFromStripeStepInput) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const mirror = disputeMirror(input.dispute)
  const [row] = await service.listStripeConnectDisputes({ dispute_id: input.dispute.id }, { take: 1 })
  if (row) {
    return await writeOverStored(container, row, input)
  }
  const owner = await ownerOf(service, mirror.payment_intent_id, input.event_account ?? null)
  // A dispute handler and an evidence submission may both see the dispute for the first time: the second then
  // writes over the first one's row.
  const { row: stored, inserted } = await service.createDisputeOrFindStored({
    ...mirror,
    ...owner,
    ...extraFields(input, null),
  })
  if (!inserted) {
    return await writeOverStored(container, stored, input)
  }
  return new StepResponse<DisputeRow, Compensation>(stored, { created_id: stored.id })
}

async function ownerOf(
  service: StripeConnectModuleService,
  paymentIntentId: string | null,
  eventAccount: string | null
): Promise<{ stripe_account_id: string | null; merchant_id: string | null }> {
  if (paymentIntentId) {
    const [payment] = await service.listStripeConnectPayments({ payment_intent_id: paymentIntentId }, { take: 1 })
    if (payment) {
      return { stripe_account_id: payment.stripe_account_id, merchant_id: payment.merchant_id }
    }
  }
  if (eventAccount) {
    const [account] = await service.listConnectedAccounts({ stripe_account_id: eventAccount }, { take: 1 })
    return { stripe_account_id: eventAccount, merchant_id: account?.merchant_id ?? null }
  }
  return { stripe_account_id: null, merchant_id: null }
}

/** The fields besides Stripe's copy: evidence merged into what is staged, the submission time, the event time. */
function extraFields(input: UpsertDisputeFromStripeStepInput, row: DisputeRow | null) {
  return {
    ...(input.staged_evidence
      ? { staged_evidence: { ...(row?.staged_evidence ?? {}), ...input.staged_evidence } }
      : {}),
    ...(input.submitted ? { submitted_at: new Date() } : {}),
    ...(input.event_created ? { last_stripe_event_at: new Date(input.event_created * 1000) } : {}),
  }
}

/** Writes Stripe's copy over a stored dispute while the guard holds; else answers the stored dispute as it is. */
async function writeOverStored(container: MedusaContainer, row: DisputeRow, input: UpsertDisputeFromStripeStepInput) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const mirror = disputeMirror(input.dispute)
  const written = await service.updateRecordIfGuardHolds(
    "dispute",
    row.id,
    disputeWriteGuard(mirror.status, input.event_created),
    { ...mirror, ...extraFields(input, row) }
  )
  const stored = await service.retrieveStripeConnectDispute(row.id)
  if (!written) {
    return new StepResponse<DisputeRow, Compensation>(stored, {})
  }
  const previous = {
    id: row.id,
    status: row.status,
    amount: row.amount,
    evidence_due_by: row.evidence_due_by,
    staged_evidence: row.staged_evidence,
    submitted_at: row.submitted_at,
    last_stripe_event_at: row.last_stripe_event_at,
  }
  return new StepResponse<DisputeRow, Compensation>(stored, { previous })
}
