import type { MedusaRequest } from "@medusajs/framework/http"
import { merchantListFilter } from "./access-scope"
import { listBody, listPage, type ListBody, type ListPage } from "./list-params"

type MerchantListQuery = Parameters<typeof merchantListFilter>[1]
type MerchantListFilter = NonNullable<ReturnType<typeof merchantListFilter>>

/**
 * One page, newest first (ties by id, so pages never repeat or skip a row), of a list of merchants' records: those
 * of the merchants and statuses `query` asks for that the caller may see (`merchantListFilter`), as `toDocument`
 * answers them. A caller who may see none of the merchants asked for gets an empty page, without a query.
 */
export async function merchantListBody<R, D>(
  req: MedusaRequest,
  query: MerchantListQuery,
  listAndCount: (
    filter: MerchantListFilter,
    config: ListPage & { order: { created_at: "DESC"; id: "DESC" } }
  ) => Promise<[R[], number]>,
  toDocument: (record: R) => D
): Promise<ListBody<D>> {
  const page = listPage(req)
  const filter = merchantListFilter(req, query)
  if (!filter) {
    return listBody([], 0, page)
  }
  const [records, count] = await listAndCount(filter, { ...page, order: { created_at: "DESC", id: "DESC" } })
  return listBody(
    records.map((record) => toDocument(record)),
    count,
    page
  )
}
