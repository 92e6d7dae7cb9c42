/**
 * Response of `POST /transfers` (docs/api.md#create-transfer), and each row of `GET /transfers`, with the plugin's
 * additions.
 */
export type TransferDocument = {
  transfer_id: string
  amount: number
  currency: string
  /** pending | paid | partially_reversed | reversed (see `transferStatus`). */
  status: string
  /** YYYY-MM-DD (UTC): when the funds are available on the connected account. */
  arrival_date: string | null
  account_id: string
  amount_reversed: number
  description: string | null
  order_id: string | null
  source_transaction: string | null
  metadata: Record<string, unknown> | null
  created_at: string
}

export type CreateTransferResponse = Pick<
  TransferDocument,
  "transfer_id" | "amount" | "currency" | "status" | "arrival_date"
>

/** Answer of `POST /transfers/:transfer_id/reverse`. */
export type ReverseTransferResponse = {
  reversal_id: string
  transfer_id: string
  amount: number
  currency: string
  amount_reversed: number
  status: string
}
