import { z } from "@medusajs/framework/zod"
import { ONBOARDING_LINK_TYPES } from "../../../../types/accounts"
import { CONNECTED_ACCOUNT_STATUSES } from "../../../../shared/types/accounts"
import { listParams, oneOrMany } from "../../../utils/list-params"

const businessProfile = z
  .object({
    name: z.string().min(1).max(255).optional(),
    mcc: z
      .string()
      .regex(/^\d{4}$/, "business_profile.mcc: must be a 4-digit merchant category code")
      .optional(),
    url: z.url("business_profile.url: must be a URL").optional(),
    support_email: z.email("business_profile.support_email: must be an email address").optional(),
    support_phone: z.string().min(1).max(40, "business_profile.support_phone: at most 40 characters").optional(),
    support_url: z.url("business_profile.support_url: must be a URL").optional(),
    product_description: z
      .string()
      .min(1)
      .max(1000, "business_profile.product_description: at most 1000 characters")
      .optional(),
  })
  .strict()

/**
 * Create connected account (docs/api.md#create-connected-account). `account_type` is any string here so that an
 * unsupported type gets the documented 400 `invalid_account_type` (checked by the workflow) rather than a
 * generic validation error. `return_url`/`refresh_url` are the plugin's optional additions for the first onboarding
 * link.
 */
export const AdminCreateStripeConnectAccount = z
  .object({
    merchant_id: z.string().min(1).max(255),
    account_type: z.string().min(1).max(50),
    business_type: z.enum(["individual", "company", "non_profit", "government_entity"]).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "country: must be a two-letter ISO country code")
      .transform((value) => value.toUpperCase())
      .optional(),
    email: z.email("email: must be an email address").optional(),
    business_profile: businessProfile.optional(),
    capabilities: z
      .record(z.string().regex(/^[a-z0-9_]+$/, "capabilities: keys must be Stripe capability names"), z.boolean())
      .optional(),
    return_url: z.url("return_url: must be a URL").optional(),
    refresh_url: z.url("refresh_url: must be a URL").optional(),
  })
  .strict()
export type AdminCreateStripeConnectAccountType = z.infer<typeof AdminCreateStripeConnectAccount>

export const AdminGetStripeConnectAccountsParams = listParams(20, {
  merchant_id: z.union([z.string().min(1).max(255), z.array(z.string().min(1).max(255)).max(100)]).optional(),
  status: z.union([z.enum(CONNECTED_ACCOUNT_STATUSES), z.array(z.enum(CONNECTED_ACCOUNT_STATUSES))]).optional(),
})
export type AdminGetStripeConnectAccountsParamsType = z.infer<typeof AdminGetStripeConnectAccountsParams>

/** Create onboarding link (docs/api.md#create-onboarding-link). */
export const AdminCreateAccountOnboardingLink = z
  .object({
    return_url: z.url("return_url: must be a URL").optional(),
    refresh_url: z.url("refresh_url: must be a URL").optional(),
    type: z.enum(ONBOARDING_LINK_TYPES).default("account_onboarding"),
  })
  .strict()
export type AdminCreateAccountOnboardingLinkType = z.infer<typeof AdminCreateAccountOnboardingLink>

/** Create dashboard link (docs/api.md#create-dashboard-link) takes no body. */
export const AdminCreateAccountDashboardLink = z.object({}).strict()
export type AdminCreateAccountDashboardLinkType = z.infer<typeof AdminCreateAccountDashboardLink>

/** Link (`add`) and unlink (`remove`) Medusa sales channels. */
export const AdminUpdateAccountSalesChannels = z
  .object({
    add: z.array(z.string().min(1).max(255)).max(100).default([]),
    remove: z.array(z.string().min(1).max(255)).max(100).default([]),
  })
  .strict()
  .refine((body) => body.add.length + body.remove.length > 0, {
    message: "add or remove at least one sales channel",
    path: ["add"],
  })
export type AdminUpdateAccountSalesChannelsType = z.infer<typeof AdminUpdateAccountSalesChannels>

const productIds = z.array(z.string().min(1).max(255)).max(100)

/** Assign products to the account (and take others away); docs/api.md#assign-account-products. */
export const AdminAssignAccountProducts = z
  .object({
    product_ids: productIds.default([]),
    collection_id: z.string().min(1).max(255).optional(),
    sales_channel_id: z.string().min(1).max(255).optional(),
    remove_product_ids: productIds.default([]),
  })
  .strict()
  .refine(
    (body) =>
      body.product_ids.length + body.remove_product_ids.length > 0 ||
      Boolean(body.collection_id || body.sales_channel_id),
    {
      message: "product_ids: name products, a collection_id, a sales_channel_id or remove_product_ids",
      path: ["product_ids"],
    }
  )
  .refine((body) => !body.remove_product_ids.some((id) => body.product_ids.includes(id)), {
    message: "remove_product_ids: a product cannot be both assigned and removed",
    path: ["remove_product_ids"],
  })
export type AdminAssignAccountProductsType = z.infer<typeof AdminAssignAccountProducts>

export const AdminGetAccountProductsParams = listParams(50, {})
export type AdminGetAccountProductsParamsType = z.infer<typeof AdminGetAccountProductsParams>

const SELLER_TRANSFER_STATUSES = [
  "planned",
  "pending",
  "transfer_failed",
  "transferred",
  "partially_reversed",
  "reversed",
  "reversal_failed",
] as const

/** `GET /accounts/:account_id/seller-transfers`: paging and a status filter. */
export const AdminGetAccountSellerTransfersParams = listParams(20, {
  status: oneOrMany(
    z.enum(SELLER_TRANSFER_STATUSES, `status: must be one of ${SELLER_TRANSFER_STATUSES.join(", ")}`)
  ).optional(),
})
export type AdminGetAccountSellerTransfersParamsType = z.infer<typeof AdminGetAccountSellerTransfersParams>
