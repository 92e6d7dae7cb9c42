import { z } from "@medusajs/framework/zod"
import {
  DISPUTE_EVIDENCE_ALIASES,
  DISPUTE_FILE_EVIDENCE_FIELDS,
  DISPUTE_TEXT_EVIDENCE_FIELDS,
  isStripeFileId,
} from "../../../../modules/stripe-connect/disputes"
import { DISPUTE_STATUSES } from "../../../../shared/types/disputes"
import { DISPUTE_LIST_ORDERS } from "./list-order"
import { listParams, oneOrMany } from "../../../utils/list-params"

/** `GET /disputes` filters: account, status (the API's four), payment intent; `order` (see list-order.ts). */
export const AdminGetDisputesParams = listParams(20, {
  order: z.enum(DISPUTE_LIST_ORDERS, `order: must be one of ${DISPUTE_LIST_ORDERS.join(", ")}`).default("-created_at"),
  account_id: oneOrMany(z.string().min(1).max(255)).optional(),
  status: oneOrMany(z.enum(DISPUTE_STATUSES, `status: must be one of ${DISPUTE_STATUSES.join(", ")}`)).optional(),
  payment_intent_id: oneOrMany(z.string().min(1).max(255)).optional(),
})
export type AdminGetDisputesParamsType = z.infer<typeof AdminGetDisputesParams>

/** A file to upload as evidence: its bytes in base64 (at most 5 MB decoded, Stripe's limit for evidence files). */
const FileUpload = z
  .object({
    filename: z.string().min(1).max(200),
    content_type: z.string().max(255),
    data_base64: z.string().min(1).max(7_000_000),
  })
  .strict()
export type EvidenceFileUpload = z.infer<typeof FileUpload>

const FILE_TYPES = ["application/pdf", "image/jpeg", "image/png"]
const TEXT_FIELDS: readonly string[] = DISPUTE_TEXT_EVIDENCE_FIELDS
const FILE_FIELDS: readonly string[] = DISPUTE_FILE_EVIDENCE_FIELDS

/**
 * Submit dispute evidence (docs/api.md#submit-dispute-evidence): `evidence` by Stripe's field names (plus the
 * documented `customer_email`), `submit` (default false: staged, still editable). Text fields take text (at most
 * 20,000 characters); file fields (receipt, service_documentation, ...) take an existing Stripe file id `file_...`, an
 * upload object `{ filename, content_type, data_base64 }`, or, as Stripe allows for documentation, text.
 */
export const AdminSubmitDisputeEvidence = z
  .object({
    evidence: z.record(z.string(), z.union([z.string().max(20_000), FileUpload])).default({}),
    submit: z.boolean("submit: must be true or false").default(false),
  })
  .strict()
  .superRefine((body, context) => {
    for (const [field, value] of Object.entries(body.evidence)) {
      const name = DISPUTE_EVIDENCE_ALIASES[field] ?? field
      if (!TEXT_FIELDS.includes(name) && !FILE_FIELDS.includes(name)) {
        context.addIssue({
          code: "custom",
          path: ["evidence", field],
          message: `evidence.${field}: is not a Stripe dispute evidence field`,
        })
      } else if (typeof value !== "string" && !FILE_FIELDS.includes(name)) {
        context.addIssue({
          code: "custom",
          path: ["evidence", field],
          message: `evidence.${field}: takes text, not a file`,
        })
      } else if (typeof value !== "string" && !FILE_TYPES.includes(value.content_type)) {
        context.addIssue({
          code: "custom",
          path: ["evidence", field],
          message: `evidence.${field}.content_type: must be ${FILE_TYPES.join(", ")}, not ${value.content_type}`,
        })
      } else if (typeof value === "string" && value.startsWith("file_") && !isStripeFileId(value)) {
        context.addIssue({
          code: "custom",
          path: ["evidence", field],
          message: `evidence.${field}: ${value} is not a Stripe file id`,
        })
      }
    }
    if (!Object.keys(body.evidence).length && !body.submit) {
      context.addIssue({
        code: "custom",
        path: ["evidence"],
        message: "evidence: give at least one field, or submit: true",
      })
    }
  })
export type AdminSubmitDisputeEvidenceType = z.infer<typeof AdminSubmitDisputeEvidence>
