import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
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
    middlewares: [validateQuery(AdminFeeConfigurationParams, {})],
  },
  {
    matcher: "/admin/stripe-connect/fees",
    methods: ["PUT", "POST"],
    middlewares: [validateQuery(AdminFeeConfigurationParams, {}), validateBody(AdminUpdateFeeConfiguration)],
  },
  {
    matcher: "/admin/stripe-connect/fees/history",
    methods: ["GET"],
    middlewares: [
      validateQuery(AdminGetFeeConfigurationHistoryParams, {
        defaults: [],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/fees/preview",
    methods: ["POST"],
    middlewares: [validateBody(AdminPreviewApplicationFee)],
  },
]
