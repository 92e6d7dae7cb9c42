import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest } from "../errors"
import { newId } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"

const EVIDENCE_FIELDS = [
  "access_activity_log", "billing_address", "cancellation_policy", "cancellation_policy_disclosure", "cancellation_rebuttal",
  "customer_communication", "customer_email_address", "customer_name", "customer_purchase_ip", "customer_signature",
  "duplicate_charge_documentation", "duplicate_charge_explanation", "duplicate_charge_id", "product_description", "receipt",
  "refund_policy", "refund_policy_disclosure", "refund_refusal_explanation", "service_date", "service_documentation",
  "shipping_address", "shipping_carrier", "shipping_date", "shipping_documentation", "shipping_tracking_number",
  "uncategorized_file", "uncategorized_text",
]

const CLOSED = ["won", "lost", "warning_closed"]

export function requireDispute(em: Emulator, scope: string, id: string): Stripe.Dispute {
  return em.store.require<Stripe.Dispute>(scope, "dispute", id, "dispute", "dispute")
}

/** A customer disputes a charge: the amount is withdrawn from the charge owner's balance (needs_response). */
export function openDispute(em: Emulator, scope: string, charge: Stripe.Charge, reason: string, amount?: number): Stripe.Dispute {
  if (!charge.captured) throw invalidRequest(`Charge ${charge.id} was not captured and cannot be disputed.`, "charge")
  const disputed = amount ?? charge.amount_captured - charge.amount_refunded
  const id = newId("dp")
  const txn = em.ledger.record(scope, { amount: -disputed, currency: charge.currency, type: "adjustment", source: id, status: em.ledger.debitStatus(scope, charge.currency, disputed), reportingCategory: "dispute" })
  const evidence = Object.fromEntries(EVIDENCE_FIELDS.map((f) => [f, null])) as unknown as Stripe.Dispute.Evidence
  const now = em.now()
  const dispute: Stripe.Dispute = {
    id,
    object: "dispute",
    amount: disputed,
    balance_transactions: [txn],
    charge: charge.id,
    created: now,
    currency: charge.currency,
    enhanced_eligibility_types: [],
    evidence,
    evidence_details: { due_by: now + 7 * 86400, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0, submission_method: null } as unknown as Stripe.Dispute.EvidenceDetails,
    intended_submission_method: null,
    is_charge_refundable: false,
    livemode: false,
    metadata: {},
    payment_intent: charge.payment_intent,
    reason,
    status: "needs_response",
  }
  em.store.put(scope, "dispute", dispute)
  mutate(em, scope, charge, "charge.updated", (c) => {
    c.disputed = true
  })
  em.events.emit(scope, "charge.dispute.created", dispute)
  em.events.emit(scope, "charge.dispute.funds_withdrawn", dispute)
  return dispute
}

/** Closes a dispute: won returns the funds; lost keeps them withdrawn. */
export function closeDispute(em: Emulator, scope: string, dispute: Stripe.Dispute, outcome: "won" | "lost"): Stripe.Dispute {
  if (CLOSED.includes(dispute.status)) throw invalidRequest(`Dispute ${dispute.id} is already closed (${dispute.status}).`, "dispute", "dispute_already_closed")
  if (outcome === "won") {
    const txn = em.ledger.record(scope, { amount: dispute.amount, currency: dispute.currency, type: "adjustment", source: dispute.id, status: "available", reportingCategory: "dispute_reversal" })
    dispute.balance_transactions = [...dispute.balance_transactions, txn]
  }
  const closed = mutate(em, scope, dispute, "charge.dispute.closed", (d) => {
    d.status = outcome
  })
  if (outcome === "won") em.events.emit(scope, "charge.dispute.funds_reinstated", closed)
  return closed
}

export function registerDisputes(r: Router): void {
  r.get("/v1/disputes", ({ em, scope, params }) => {
    const charge = params.str("charge")
    const pi = params.str("payment_intent")
    return listOf(em.store.all<Stripe.Dispute>(scope, "dispute"), params, "/v1/disputes", (d) => (!charge || d.charge === charge) && (!pi || d.payment_intent === pi))
  })
  r.get("/v1/disputes/:dispute", ({ em, scope, path }) => requireDispute(em, scope, path.dispute))
  r.post("/v1/disputes/:dispute", ({ em, scope, path, params }) => {
    const dispute = requireDispute(em, scope, path.dispute)
    const evidence = params.obj("evidence")
    const submit = params.bool("submit") ?? false
    if (dispute.status !== "needs_response" && dispute.status !== "warning_needs_response" && (evidence || submit)) {
      throw new ApiError(400, "invalid_request_error", `This dispute is already ${dispute.status === "under_review" ? "under review" : "closed"}; its evidence can no longer be updated.`, "dispute_already_submitted", evidence ? "evidence" : "submit")
    }
    return mutate(em, scope, dispute, "charge.dispute.updated", (d) => {
      if (params.has("metadata")) d.metadata = metadataFrom(params, d.metadata)
      if (evidence) {
        const next = { ...d.evidence } as unknown as Record<string, unknown>
        for (const key of Object.keys(evidence.raw)) {
          const value = evidence.str(key)
          next[key] = value === "" ? null : value ?? null
        }
        d.evidence = next as unknown as Stripe.Dispute.Evidence
        d.evidence_details = { ...d.evidence_details, has_evidence: true }
      }
      if (submit) {
        d.status = "under_review"
        d.evidence_details = { ...d.evidence_details, submission_count: d.evidence_details.submission_count + 1, submission_method: "manual" } as Stripe.Dispute.EvidenceDetails
      }
    })
  })
  r.post("/v1/disputes/:dispute/close", ({ em, scope, path }) => {
    const dispute = requireDispute(em, scope, path.dispute)
    if (CLOSED.includes(dispute.status)) throw invalidRequest(`Dispute ${dispute.id} is already closed.`, "dispute", "dispute_already_closed")
    return closeDispute(em, scope, dispute, "lost")
  })
}
