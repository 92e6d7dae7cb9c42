import { model } from "@medusajs/framework/utils"
import type { FeeConfigurationDocument } from "../../../shared/types/fees"

/**
 * Every change of a fee configuration, kept: who (`actor_id`, `actor_type`), when (`created_at`), and the document
 * before (null for the first) and after. Rows are only ever inserted.
 */
const FeeConfigurationChange = model
  .define(
    { name: "FeeConfigurationChange", tableName: "stripe_connect_fee_configuration_change" },
    {
      id: model.id({ prefix: "scfeech" }).primaryKey(),
      currency_code: model.text(),
      actor_id: model.text(),
      actor_type: model.text(),
      before: model.json<FeeConfigurationDocument>().nullable(),
      after: model.json<FeeConfigurationDocument>(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_fee_configuration_change_currency_code",
      on: ["currency_code"],
      where: "deleted_at IS NULL",
    },
  ])

export default FeeConfigurationChange
