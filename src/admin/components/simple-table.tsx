import { Table } from "@medusajs/ui"
import type { ReactNode } from "react"

export type SimpleColumn<T> = { header: string; cell: (row: T) => ReactNode }

export type SimpleTableProps<T> = {
  columns: SimpleColumn<T>[]
  rows: T[]
  rowKey: (row: T, index: number) => string | number
  testId?: string
}

/** A small read-only table (no paging, sorting or row clicks): a header row, then one row per item. */
export const SimpleTable = <T,>({ columns, rows, rowKey, testId }: SimpleTableProps<T>) => (
  <Table data-testid={testId}>
    <Table.Header>
      <Table.Row>
        {columns.map((column, index) => (
          <Table.HeaderCell key={index}>{column.header}</Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {rows.map((row, index) => (
        <Table.Row key={rowKey(row, index)}>
          {columns.map((column, columnIndex) => (
            <Table.Cell key={columnIndex}>{column.cell(row)}</Table.Cell>
          ))}
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
