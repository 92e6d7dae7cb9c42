import type { MiddlewareRoute } from "@medusajs/framework/http"
import { prepareStripeConnectPaymentSession } from "./prepare-payment-session"
import { rejectHostileInput } from "../../middlewares/reject-hostile-input"

export const stripeConnectStoreMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/payment-collections/:id/payment-sessions",
    methods: ["POST"],
    middlewares: [rejectHostileInput, prepareStripeConnectPaymentSession],
  },
]
