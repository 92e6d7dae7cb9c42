import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import {
  AdminGetLedgerDailyTotalsParams,
  AdminGetPayoutRunningBalanceParams,
  AdminGetReconciliationExportParams,
  AdminGetReconciliationMismatchesParams,
  AdminGetReconciliationPayoutLinesParams,
  AdminGetReconciliationPayoutsParams,
  AdminUpdateReconciliationMismatch,
} from "./validators"

const list = { defaults: [], isList: true }

export const stripeConnectReconciliationMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/reconciliation/mismatches",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetReconciliationMismatchesParams, { ...list, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/reconciliation/mismatches/:id",
    methods: ["POST"],
    middlewares: [validateBody(AdminUpdateReconciliationMismatch)],
  },
  {
    matcher: "/admin/stripe-connect/reconciliation/payouts",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetReconciliationPayoutsParams, { ...list, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/reconciliation/payouts/:payout_id/lines",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetReconciliationPayoutLinesParams, { ...list, defaultLimit: 50 })],
  },
  {
    matcher: "/admin/stripe-connect/reconciliation/payouts/:payout_id/running-balance",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetPayoutRunningBalanceParams, { ...list, defaultLimit: 50 })],
  },
  {
    matcher: "/admin/stripe-connect/reconciliation/export.csv",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetReconciliationExportParams, { defaults: [], isList: false })],
  },
  {
    matcher: "/admin/stripe-connect/reconciliation/daily-totals",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetLedgerDailyTotalsParams, {})],
  },
]
