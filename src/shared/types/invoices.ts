/** An invoice as the admin API returns it (docs/api.md#show-invoice). */
export type InvoiceDocument = {
  id: string
  stripe_invoice_id: string
  status: string
  currency: string
  total: number
  amount_due: number
  amount_paid: number
  amount_remaining: number
  amount_refunded: number
  number: string | null
  hosted_invoice_url: string | null
  invoice_pdf: string | null
  stripe_customer_id: string | null
  stripe_payment_intent_id: string | null
  stripe_charge_id: string | null
  stripe_account_id: string
  integration_id: string
  merchant_id: string | null
  order_id: string
  order_display_id: number | null
  memo: string | null
  days_until_due: number | null
  due_date: string | null
  finalized_at: string | null
  sent_at: string | null
  paid_at: string | null
  voided_at: string | null
  marked_uncollectible_at: string | null
  last_payment_error: string | null
  refunds: { refund_id: string; amount: number; reason: string | null; status: string; created_at: string }[]
  created_at: string
  updated_at: string
}

export type PayLinkDocument = {
  id: string
  url: string
  status: string
  amount: number
  currency: string
  checkout_session_id: string
  stripe_account_id: string
  integration_id: string
  order_id: string
  order_display_id: number | null
  expires_at: string
  completed_at: string | null
  expired_at: string | null
  stripe_payment_intent_id: string | null
  created_at: string
}
