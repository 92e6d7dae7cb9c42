import { z } from "@medusajs/framework/zod"
import { findReservedMetadataKey } from "../../shared/reserved-metadata"

/**
 * A caller's `metadata` for a Stripe object, as Stripe takes it: at most 40 keys of 1 to 40 characters, values
 * stored as text (strings up to 500 characters, numbers, booleans). Keys the plugin reads or writes itself are a
 * 400 naming the key (docs/api.md#reserved-metadata-keys).
 */
export const stripeMetadataSchema = z
  .record(
    z.string(),
    z
      .union([z.string().max(500, "metadata: values must be at most 500 characters"), z.number(), z.boolean()])
      .transform(String)
  )
  .superRefine((value, context) => {
    const keys = Object.keys(value)
    if (!keys.every((key) => key.length >= 1 && key.length <= 40)) {
      context.addIssue({ code: "custom", message: "metadata: keys must be 1 to 40 characters" })
    }
    if (keys.length > 40) {
      context.addIssue({ code: "custom", message: "metadata: at most 40 keys" })
    }
    const reserved = findReservedMetadataKey(value)
    if (reserved) {
      context.addIssue({
        code: "custom",
        path: [reserved],
        message: `metadata.${reserved}: is reserved by the plugin (it reads or writes this key itself); use another key`,
      })
    }
  })
