import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"

/** The largest evidence request body read (Stripe takes evidence files up to 5 MB; base64 adds a third). */
export const MAX_EVIDENCE_BODY_BYTES = 8 * 1024 * 1024

/**
 * Reads the body of `POST /disputes/:dispute_id/evidence` (the route's own body parser is off) as JSON or as
 * `multipart/form-data`. A form names text evidence `evidence[field]` (or `field`), file evidence as file parts
 * `evidence[field]`, and `submit` ("true"/"false"); it becomes the same body as JSON, with each file as
 * `{ filename, content_type, data_base64 }`, so one validator checks both. A body over the limit is a 400.
 */
export async function parseEvidenceBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const raw = await readBody(req)
    const contentType = req.get("content-type") ?? ""
    if (contentType.startsWith("multipart/form-data")) {
      req.body = await formToBody(raw, contentType)
    } else {
      const text = raw.toString("utf8")
      try {
        req.body = text.trim() ? JSON.parse(text) : {}
      } catch {
        throw new StripeConnectError("invalid_request", "body: must be JSON or multipart/form-data", {
          param: "body",
        })
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}

async function readBody(req: MedusaRequest): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string)
    size += buffer.length
    if (size > MAX_EVIDENCE_BODY_BYTES) {
      throw new StripeConnectError("invalid_request", `body: larger than ${MAX_EVIDENCE_BODY_BYTES / 1024 / 1024} MB`, {
        param: "body",
      })
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

type EvidenceValue = string | { filename: string; content_type: string; data_base64: string }

async function formToBody(
  raw: Buffer,
  contentType: string
): Promise<{ evidence: Record<string, EvidenceValue>; submit?: boolean | string }> {
  let form: FormData
  try {
    form = await new Request("http://evidence.local/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: new Blob([new Uint8Array(raw)]),
    }).formData()
  } catch {
    throw new StripeConnectError("invalid_request", "body: is not valid multipart/form-data", { param: "body" })
  }
  const evidence: Record<string, EvidenceValue> = {}
  let submit: boolean | string | undefined
  for (const [key, value] of form.entries()) {
    if (key === "submit") {
      submit = value === "true" ? true : value === "false" ? false : String(value)
      continue
    }
    const field = /^evidence\[([a-z_]+)\]$/.exec(key)?.[1] ?? key
    if (typeof value === "string") {
      evidence[field] = value
    } else {
      evidence[field] = {
        filename: value.name || `${field}.pdf`,
        content_type: value.type || "application/octet-stream",
        data_base64: Buffer.from(await value.arrayBuffer()).toString("base64"),
      }
    }
  }
  return { evidence, ...(submit !== undefined ? { submit } : {}) }
}
