import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminFeeConfigurationParams,
  AdminGetFeeConfigurationHistoryParams,
  AdminPreviewApplicationFee,
  AdminUpdateFeeConfiguration,
} from "./validators"

export const stripeConnectFeesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/fees",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminFeeConfigurationParams, {})],
  },
  {
    matcher: "/admin/stripe-connect/fees",
    methods: ["PUT", "POST"],
    middlewares: [
      validateAndTransformQuery(AdminFeeConfigurationParams, {}),
      validateAndTransformBody(AdminUpdateFeeConfiguration),
    ],
  },
  {
    matcher: "/admin/stripe-connect/fees/history",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetFeeConfigurationHistoryParams, {
        defaults: [],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/fees/preview",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminPreviewApplicationFee)],
  },
]
