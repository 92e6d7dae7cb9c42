import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import { AdminGetOrderSellersParams, AdminRefundOrderSeller } from "./validators"

export const stripeConnectOrderSellersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/orders/:order_id/sellers",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetOrderSellersParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/orders/:order_id/sellers/:account_id/refund",
    methods: ["POST"],
    middlewares: [validateBody(AdminRefundOrderSeller)],
  },
]
