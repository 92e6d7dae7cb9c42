import type { ExecArgs, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../modules/stripe-connect"
import type StripeConnectModuleService from "../modules/stripe-connect/service"

const DEFAULT_BATCH_SIZE = 500

/**
 * Rewrites every stored secret (webhook signing secrets, OAuth tokens) with the first of `encryptionKeys`, after a
 * new key was put first: `npx medusa exec ./src/scripts/re-encrypt-secrets.ts [batch size]` (in an installed
 * plugin: `node_modules/medusa-plugin-stripe-connect/.medusa/server/src/scripts/re-encrypt-secrets.js`). Safe to
 * run again and while the store runs. Fails when a value opens with no configured key.
 */
export default async function reEncryptSecrets({ container, args }: ExecArgs) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const batchSize = args?.[0] ? Number(args[0]) : DEFAULT_BATCH_SIZE
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `batch size must be a positive integer, got "${args[0]}"`)
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const report = await service.reEncryptSecrets({ batchSize })
  for (const column of report.columns) {
    logger.info(
      `stripe-connect re-encrypt: ${column.table}.${column.column}: ${column.rewritten} rewritten with key "${report.keyId}", ` +
        `${column.changedMeanwhile} changed meanwhile, ${column.unreadable} unreadable`
    )
  }
  const unreadable = report.columns.reduce((sum, column) => sum + column.unreadable, 0)
  if (unreadable) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `${unreadable} stored secret(s) open with none of the configured encryptionKeys; they were left as they are`
    )
  }
}
