import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { scopedLinePages } from "../helpers"
import { CSV_COLUMNS, toCsvRow, toReconciledLineDocument } from "../serializers"
import type { AdminGetReconciliationExportParamsType } from "../validators"

const PAGE_SIZE = 1000

/** Writes a chunk; resolves false once the client is gone (then nothing more is read or written). */
async function write(res: MedusaResponse, chunk: string): Promise<boolean> {
  if (res.destroyed) {
    return false
  }
  if (!res.write(chunk)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done)
        res.off("close", done)
        resolve()
      }
      res.once("drain", done)
      res.once("close", done)
    })
  }
  return !res.destroyed
}

/**
 * Export CSV (docs/api.md#export-csv): a payout's lines (`payout_id`) or the lines created in [`from`, `to`], in the
 * order of the lines route, streamed a page at a time by keyset (the next page is read once the previous one is
 * written), so a long export never sits in memory.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReconciliationExportParamsType>,
  res: MedusaResponse
) => {
  const query = req.validatedQuery
  const name = query.payout_id ?? `${query.from ?? "start"}_${query.to ?? "now"}`.replace(/[^A-Za-z0-9_-]/g, "")
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="reconciliation-${name}.csv"`)
  if (!(await write(res, CSV_COLUMNS.join(",") + "\r\n"))) {
    return
  }
  for await (const lines of scopedLinePages(req, query, PAGE_SIZE)) {
    if (!(await write(res, lines.map((line) => toCsvRow(toReconciledLineDocument(line))).join("")))) {
      return
    }
  }
  res.end()
}
