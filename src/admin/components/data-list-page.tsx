import { Container, DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useI18n } from "../hooks/use-i18n"
import type { ListResponse } from "../lib/types"
import { QueryError } from "./query-error"
import { SectionHeader } from "./section-header"

type TableOptions<T> = Parameters<typeof useDataTable<T>>[0]

/** Server-side paging of a list page: the table's page state and the `limit`/`offset` to ask the API for. */
export function usePaging(pageSize = 20) {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize })
  return {
    pagination,
    setPagination,
    query: { limit: pageSize, offset: pagination.pageIndex * pageSize },
    resetPage: () => setPagination((current) => ({ ...current, pageIndex: 0 })),
  }
}

export type Paging = ReturnType<typeof usePaging>

/** A list's table with its pagination, or in its place the error that kept the list from loading. */
export function PagedDataTable<T>({ table, error }: { table: ReturnType<typeof useDataTable<T>>; error: unknown }) {
  const { t } = useI18n()
  if (error) {
    return <QueryError error={error} />
  }
  return (
    <DataTable instance={table}>
      <DataTable.Table />
      <DataTable.Pagination
        translations={{
          of: t("table.of"),
          results: t("table.results"),
          pages: t("table.pages"),
          prev: t("table.prev"),
          next: t("table.next"),
        }}
      />
    </DataTable>
  )
}

type DataListPageProps<T> = {
  title: string
  subtitle: string
  /** The page's own route, highlighted in the section links. */
  current: string
  actions?: ReactNode
  /** Filters shown between the header and the table. */
  toolbar?: ReactNode
  paging: Paging
  list: { data?: ListResponse<T>; isLoading: boolean; error: unknown }
  columns: TableOptions<T>["columns"]
  getRowId: (row: T) => string
  onRowClick?: (row: T) => void
}

/**
 * The row's data. @medusajs/ui 4.2.6 hands `onRowClick` the table's row (the data in `original`), not the data its
 * types promise; both are accepted so a fixed release changes nothing here.
 */
const rowData = <T,>(row: T): T => (row as { original?: T }).original ?? row

/** A Stripe Connect settings list: section header, optional filters, then the API's error or the paged table. */
export const DataListPage = <T,>({
  title,
  subtitle,
  current,
  actions,
  toolbar,
  paging,
  list,
  columns,
  getRowId,
  onRowClick,
}: DataListPageProps<T>) => {
  const table = useDataTable({
    columns,
    data: list.data?.data ?? [],
    getRowId,
    rowCount: list.data?.count ?? 0,
    isLoading: list.isLoading,
    pagination: { state: paging.pagination, onPaginationChange: paging.setPagination },
    onRowClick: onRowClick ? (_, row) => onRowClick(rowData(row)) : undefined,
  })
  return (
    <Container className="divide-y p-0">
      <SectionHeader title={title} subtitle={subtitle} current={current} actions={actions} />
      {toolbar}
      <PagedDataTable table={table} error={list.error} />
    </Container>
  )
}
