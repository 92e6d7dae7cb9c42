import { model } from "@medusajs/framework/utils"
import type { FeeConfigurationDocument } from "../../../shared/types/fees"

/**
 * The fee audit: every change of a fee configuration (`kind` "configuration": who, `before` (null for the first)
 * and `after`), and every payment whose fee a caller set instead of the configuration (`kind` "payment_override":
 * who, the payment, the fee set and the fee the configuration would have given). Rows are only ever inserted.
 */
const FeeConfigurationChange = model
  .define(
    { name: "FeeConfigurationChange", tableName: "stripe_connect_fee_configuration_change" },
    {
      id: model.id({ prefix: "scfeech" }).primaryKey(),
      kind: model.enum(["configuration", "payment_override"]).default("configuration"),
      currency_code: model.text(),
      actor_id: model.text(),
      actor_type: model.text(),
      before: model.json<FeeConfigurationDocument>().nullable(),
      /** null only for a payment override. */
      after: model.json<FeeConfigurationDocument>().nullable(),
      payment_intent_id: model.text().nullable(),
      stripe_account_id: model.text().nullable(),
      merchant_id: model.text().nullable(),
      amount: model.number().nullable(),
      application_fee_amount: model.number().nullable(),
      configured_fee: model.number().nullable(),
      request_id: model.text().nullable(),
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
