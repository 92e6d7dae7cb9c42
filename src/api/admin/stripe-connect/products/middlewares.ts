import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-request"
import { AdminSetProductSeller } from "./validators"

export const stripeConnectProductsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/products/:product_id/seller",
    methods: ["POST"],
    middlewares: [validateBody(AdminSetProductSeller)],
  },
]
