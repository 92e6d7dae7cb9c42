import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_SEED_PARTS, type DemoSeedState } from "./seed/index"

/**
 * `npx medusa exec dev/demo/seed.ts`: loads the demo data. dev/demo/start.mjs runs it once, after creating the
 * admin user; every part is safe to run again.
 */
export default async function seedDemo({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const state: DemoSeedState = {}
  for (const part of DEMO_SEED_PARTS) {
    const outcome = await part.run(container, state)
    if (outcome?.skipped) {
      logger.info(`demo seed: ${part.name} skipped (${outcome.skipped})`)
    } else {
      logger.info(`demo seed: ${part.name} done`)
    }
  }
}
