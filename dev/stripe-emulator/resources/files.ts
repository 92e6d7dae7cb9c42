import type Stripe from "stripe"
import { invalidRequest, missingParam } from "../errors"
import { newId } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"

const PURPOSES = ["account_requirement", "additional_verification", "business_icon", "business_logo", "customer_signature", "dispute_evidence", "identity_document", "issuing_regulatory_reporting", "pci_document", "tax_document_user_upload", "terminal_reader_splashscreen"]

export function registerFiles(r: Router): void {
  r.post("/v1/files", ({ em, scope, params, files }) => {
    const purpose = params.requiredStr("purpose")
    if (!PURPOSES.includes(purpose)) throw invalidRequest(`Invalid purpose: must be one of ${PURPOSES.join(", ")}`, "purpose")
    const upload = files.find((f) => f.field === "file")
    if (!upload) throw missingParam("file")
    const id = newId("file")
    const ext = upload.filename.includes(".") ? upload.filename.split(".").pop() ?? null : null
    const file: Stripe.File = {
      id,
      object: "file",
      created: em.now(),
      expires_at: em.now() + 90 * 86400,
      filename: upload.filename,
      links: { object: "list", data: [], has_more: false, url: `/v1/file_links?file=${id}` },
      purpose: purpose as Stripe.File.Purpose,
      size: upload.data.length,
      title: null,
      type: ext,
      url: `${em.baseUrl}/_emulator/files/${id}`,
    }
    em.store.put(scope, "file", file)
    return file
  })
  r.get("/v1/files", ({ em, scope, params }) => {
    const purpose = params.str("purpose")
    return listOf(em.store.all<Stripe.File>(scope, "file"), params, "/v1/files", (f) => !purpose || f.purpose === purpose)
  })
  r.get("/v1/files/:file", ({ em, scope, path }) => em.store.require<Stripe.File>(scope, "file", path.file, "file", "file"))
}
