import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest } from "../errors"
import { newId } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"

/** Every evidence field, empty: what a new dispute carries. */
function emptyEvidence(): Stripe.Dispute.Evidence {
  return {
    access_activity_log: null, billing_address: null, cancellation_policy: null, cancellation_policy_disclosure: null,
    cancellation_rebuttal: null, customer_communication: null, customer_email_address: null, customer_name: null,
    customer_purchase_ip: null, customer_signature: null, duplicate_charge_documentation: null,
    duplicate_charge_explanation: null, duplicate_charge_id: null, enhanced_evidence: {}, product_description: null,
    receipt: null, refund_policy: null, refund_policy_disclosure: null, refund_refusal_explanation: null,
    service_date: null, service_documentation: null, shipping_address: null, shipping_carrier: null,
    shipping_date: null, shipping_documentation: null, shipping_tracking_number: null, uncategorized_file: null,
    uncategorized_text: null,
  }
}

/** Evidence fields that hold text or file ids (settable with `evidence[field]`). */
const EVIDENCE_FIELDS = Object.keys(emptyEvidence()).filter((k) => k !== "enhanced_evidence")

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
  const evidence = emptyEvidence()
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
    evidence_details: { due_by: now + 7 * 86400, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0, submission_method: "not_submitted" },
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
        const next: Stripe.Dispute.Evidence = { ...d.evidence }
        const fields = next as unknown as Record<string, string | null>
        for (const key of Object.keys(evidence.raw)) {
          if (!EVIDENCE_FIELDS.includes(key)) continue // enhanced_evidence and newer fields are accepted, not stored
          const value = evidence.str(key)
          fields[key] = value === "" || value === undefined ? null : value
        }
        d.evidence = next
        d.evidence_details = { ...d.evidence_details, has_evidence: true }
      }
      if (submit) {
        d.status = "under_review"
        d.evidence_details = { ...d.evidence_details, submission_count: d.evidence_details.submission_count + 1, submission_method: "manual" }
      }
    })
  })
  r.post("/v1/disputes/:dispute/close", ({ em, scope, path }) => {
    const dispute = requireDispute(em, scope, path.dispute)
    if (CLOSED.includes(dispute.status)) throw invalidRequest(`Dispute ${dispute.id} is already closed.`, "dispute", "dispute_already_closed")
    return closeDispute(em, scope, dispute, "lost")
  })
}
