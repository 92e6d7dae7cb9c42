import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"

type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]
type Middleware = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => Promise<void>

/**
 * Medusa's `validateAndTransformBody`, whose 400 also carries `param`: the first field at fault, as every plugin
 * error does (docs/api.md#error-body). Medusa's message is kept.
 */
export function validateBody(schema: z.ZodType): Middleware {
  const validate = validateAndTransformBody(schema)
  return (req, res, next) =>
    validate(req, res, (error?: unknown) => (error ? namingTheField(error, schema, req.body, "body", next) : next()))
}

/** Medusa's `validateAndTransformQuery`, whose 400 also carries `param` (see `validateBody`). */
export function validateQuery(schema: z.ZodType, config: QueryConfig): Middleware {
  const validate = validateAndTransformQuery(schema, config)
  return (req, res, next) =>
    validate(req, res, (error?: unknown) => (error ? namingTheField(error, schema, req.query, "query", next) : next()))
}

/** The whole body or query when no field of it is at fault (a list instead of an object, ...). */
async function namingTheField(
  error: unknown,
  schema: z.ZodType,
  input: unknown,
  whole: "body" | "query",
  next: MedusaNextFunction
) {
  if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.INVALID_DATA) {
    return next(error)
  }
  const parsed = await strict(schema).safeParseAsync(input)
  const param = parsed.success ? undefined : fieldOf(parsed.error.issues[0]) || whole
  next(param ? new StripeConnectError("invalid_request", error.message, { param }) : error)
}

/** Medusa validates objects strictly (unknown fields refused); so does the re-parse that finds the field. */
function strict(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodObject ? schema.strict() : schema
}

function fieldOf(issue: z.core.$ZodIssue | undefined): string | undefined {
  if (!issue) return undefined
  if (issue.code === "unrecognized_keys" && issue.keys.length) {
    const [key] = issue.keys
    return issue.path.length ? `${formatPath(issue.path)}.${key}` : key
  }
  return issue.path.length ? formatPath(issue.path) : undefined
}

/** `fee_tiers[1].volume_min`, as the docs name fields. */
function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
    ""
  )
}
