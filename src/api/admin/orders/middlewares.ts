import { type MiddlewareRoute } from "@medusajs/framework/http"
import { guardSellerFulfillment } from "../../middlewares/guard-seller-fulfillment"

/** Medusa's own order routes that the plugin's merchant scope reaches (docs/api.md#seller-fulfilments). */
export const stripeConnectOrderFulfillmentMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/orders/:id/fulfillments",
    methods: ["POST"],
    middlewares: [guardSellerFulfillment],
  },
]
