import { model } from "@medusajs/framework/utils"
import type { FeeConfigurationDocument } from "../../../shared/types/fees"

/**
 * The platform's fee configuration (docs/api.md#fees). One row per scope: `currency_code` "*" is the
 * platform-wide document, used for every currency that has no row of its own ("usd", "jpy", ...). The document
 * (`default_fee_percent`, `default_fee_fixed`, `fee_tiers`, `per_merchant_overrides`) is kept as JSON exactly as
 * validated, so percents such as 2.9 are never stored as binary floats.
 */
const FeeConfiguration = model
  .define(
    { name: "FeeConfiguration", tableName: "stripe_connect_fee_configuration" },
    {
      id: model.id({ prefix: "scfee" }).primaryKey(),
      currency_code: model.text(),
      document: model.json<FeeConfigurationDocument>(),
      updated_by: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_fee_configuration_currency_code",
      on: ["currency_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default FeeConfiguration
