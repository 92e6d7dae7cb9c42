import { api } from "../lib/api"
import { queryKeysFactory } from "../lib/query-keys"
import type { ProductSellerResponse } from "../../shared/types/sellers"
import { useApiMutation, useApiQuery } from "./api-query"

export const productSellerKeys = queryKeysFactory("product-sellers")

const path = (productId: string) => `/admin/stripe-connect/products/${productId}/seller`

/** The product's seller (docs/api.md#get-product-seller). */
export const useProductSeller = (productId: string, options: { enabled?: boolean } = {}) =>
  useApiQuery<ProductSellerResponse>(productSellerKeys.detail(productId), path(productId), options)

/** Sets (an `acct_...` id) or clears (null) the product's seller. */
export const useSetProductSeller = (productId: string) =>
  useApiMutation(
    (accountId: string | null) =>
      api<ProductSellerResponse>(path(productId), { method: "POST", body: { account_id: accountId } }),
    [productSellerKeys.detail(productId)]
  )
