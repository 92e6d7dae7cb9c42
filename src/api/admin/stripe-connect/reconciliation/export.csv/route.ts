import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listScopedLines } from "../helpers"
import { CSV_COLUMNS, toCsvRow, toReconciledLineDocument } from "../serializers"
import type { AdminGetReconciliationExportParamsType } from "../validators"

const PAGE_SIZE = 1000

/**
 * Export CSV (docs/api.md#export-csv): a payout's lines (`payout_id`) or the lines created in [`from`, `to`], in the
 * order of the lines route, streamed a page at a time (each page written before the next is read), so a long
 * export never sits in memory.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetReconciliationExportParamsType>,
  res: MedusaResponse
) => {
  const query = req.validatedQuery
  const name = query.payout_id ?? `${query.from ?? "start"}_${query.to ?? "now"}`.replace(/[^A-Za-z0-9_-]/g, "")
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="reconciliation-${name}.csv"`)
  res.write(CSV_COLUMNS.join(",") + "\r\n")
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { lines } = await listScopedLines(req, query, { skip, take: PAGE_SIZE })
    const chunk = lines.map((line) => toCsvRow(toReconciledLineDocument(line))).join("")
    if (chunk && !res.write(chunk)) {
      await new Promise((resolve) => res.once("drain", resolve))
    }
    if (lines.length < PAGE_SIZE) {
      break
    }
  }
  res.end()
}
