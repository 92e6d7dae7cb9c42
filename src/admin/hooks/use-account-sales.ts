import { useQuery } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { accountProductKeys, accountSellerTransferKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AssignSellerProductsResponse, SellerProductDocument } from "../../shared/types/sellers"
import type { SellerTransferDocument } from "../lib/types"
import { useApiMutation, useListQuery, type ReadOptions } from "./api-query"
import { productSellerKeys } from "./use-product-seller"

const base = (accountId: string) => `/admin/stripe-connect/accounts/${accountId}`

/** The products the account sells (docs/api.md#list-account-products). */
export const useAccountProducts = (accountId: string, query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<SellerProductDocument>(
    accountProductKeys.list({ accountId, ...query }),
    `${base(accountId)}/products`,
    query,
    options
  )

export type AssignAccountProductsInput = {
  product_ids?: string[]
  collection_id?: string
  sales_channel_id?: string
  remove_product_ids?: string[]
}

/** Assign account products (docs/api.md#assign-account-products): many products at once, by collection or channel. */
export const useAssignAccountProducts = (accountId: string) =>
  useApiMutation(
    (body: AssignAccountProductsInput) =>
      api<AssignSellerProductsResponse>(`${base(accountId)}/products`, { method: "POST", body }),
    [accountProductKeys.all, productSellerKeys.all]
  )

/** The account's parts of multi-seller orders (docs/api.md#list-account-seller-transfers). */
export const useAccountSellerTransfers = (accountId: string, query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<SellerTransferDocument>(
    accountSellerTransferKeys.list({ accountId, ...query }),
    `${base(accountId)}/seller-transfers`,
    query,
    options
  )

/** Medusa's product collections (id and title), for assigning a whole collection to a seller. */
export const useProductCollections = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["stripe-connect", "collections", "list"],
    queryFn: () => sdk.admin.productCollection.list({ limit: 200, fields: "id,title" }),
    enabled: options.enabled ?? true,
  })
