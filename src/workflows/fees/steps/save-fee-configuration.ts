import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { FeeConfigurationDocument } from "../../../shared/types/fees"
import { findFeeConfiguration } from "../utils/fee-configuration-scope"
import type { FeeConfigurationRow } from "../../../modules/stripe-connect/types"
import { merchantScopedFeeDocument } from "../utils/merchant-scoped-fee-document"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type SaveFeeConfigurationStepInput = {
  /** "*" for the platform-wide document, else a lower-case currency code. */
  currency_code: string
  document: FeeConfigurationDocument
  actor_id: string
  /** The caller's merchants when it is limited to some: only their overrides change (`merchantScopedFeeDocument`). */
  merchant_ids?: string[] | null
}

export type SaveFeeConfigurationStepOutput = {
  configuration: FeeConfigurationRow
  before: FeeConfigurationDocument | null
}

type Compensation = { id: string; previous: { document: FeeConfigurationDocument; updated_by: string | null } | null }

export const saveFeeConfigurationStepId = "save-fee-configuration"

/**
 * This step replaces the fee configuration of one scope (for a caller limited to some merchants, only their
 * overrides in it), under a lock on that scope so two concurrent updates each see the other's result as their
 * "before". Compensation restores the previous document, or deletes the row
 * when there was none.
 */
export const saveFeeConfigurationStep = createStep(
  saveFeeConfigurationStepId,
  async (input: SaveFeeConfigurationStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const locked = await runLocked(locking, `stripe-connect:fees:${input.currency_code}`, async () => {
      const existing = await findFeeConfiguration(service, input.currency_code)
      const document = input.merchant_ids
        ? merchantScopedFeeDocument(existing?.document ?? null, input.document, input.merchant_ids)
        : input.document
      if (existing) {
        const updated = await service.updateFeeConfigurations({
          id: existing.id,
          document,
          updated_by: input.actor_id,
        })
        return new StepResponse<SaveFeeConfigurationStepOutput, Compensation>(
          { configuration: updated, before: existing.document },
          { id: existing.id, previous: { document: existing.document, updated_by: existing.updated_by } }
        )
      }
      const created = await service.createFeeConfigurations({
        currency_code: input.currency_code,
        document,
        updated_by: input.actor_id,
      })
      return new StepResponse<SaveFeeConfigurationStepOutput, Compensation>(
        { configuration: created, before: null },
        { id: created.id, previous: null }
      )
    })
    return new StepResponse(locked.output, locked.compensateInput)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    if (compensation.previous) {
      await service.updateFeeConfigurations({ id: compensation.id, ...compensation.previous })
    } else {
      await service.deleteFeeConfigurations(compensation.id)
    }
  }
)
