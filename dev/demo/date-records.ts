import type { ExecArgs } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE, type StripeConnectModuleService } from "../../src/modules/stripe-connect"
import { createStripeClient } from "../../src/modules/stripe-connect/stripe"
import { recordDateChanges } from "./dating/record-dates"
import { readStoredRecords } from "./dating/stored-records"
import { readStripeTimes } from "./dating/stripe-times"

/**
 * `npx medusa exec dev/demo/date-records.ts`, demo only: dates the plugin's payments, refunds, payouts and
 * transfers as Stripe dated them. The Stripe seed makes its payments with the emulator's clock set back, but the
 * plugin stamps its rows with the time it saw them, so without this the overview chart and the payments list show
 * the whole seed on one day. dev/demo/start.mjs runs it once after the Stripe seed; running it again changes nothing.
 */
export default async function dateSeededRecords({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  // A demo-only read of every object's creation time: the same client the plugin's gateway wraps, from its options.
  const stripe = createStripeClient(await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getOptions())

  const { records, payoutAccounts } = await readStoredRecords(knex)
  const changes = recordDateChanges(records, await readStripeTimes(stripe, payoutAccounts))
  await knex.transaction(async (trx) => {
    for (const change of changes) {
      await trx(change.table).where({ id: change.id }).update({ [change.column]: change.value })
    }
  })
  logger.info(`demo dating: ${changes.length} dates set from Stripe's (${records.length} records)`)
}
