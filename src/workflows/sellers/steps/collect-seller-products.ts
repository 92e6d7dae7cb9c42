import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

/** The most products one assignment may touch; a larger collection or channel is assigned in narrower requests. */
export const MAX_SELLER_PRODUCTS = 1000

export type CollectSellerProductsStepInput = {
  product_ids: string[]
  /** Every product of this collection is added to `product_ids`. */
  collection_id?: string | null
  /** Every product in this sales channel is added to `product_ids`. */
  sales_channel_id?: string | null
}

export const collectSellerProductsStepId = "collect-seller-products"

/**
 * This step answers the products an assignment is about: the ids named, plus those of the collection and the sales
 * channel named. An unknown product, collection or channel is a 400 naming its field, as is more than
 * MAX_SELLER_PRODUCTS products. It writes nothing.
 */
export const collectSellerProductsStep = createStep(
  collectSellerProductsStepId,
  async (input: CollectSellerProductsStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = new Set(input.product_ids)
    if (input.product_ids.length) {
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_ids } })
      const found = new Set(data.map((product) => product.id as string))
      const missing = input.product_ids.filter((id) => !found.has(id))
      if (missing.length) {
        throw new StripeConnectError("invalid_request", `product_ids: no product with id ${missing.join(", ")}`, {
          param: "product_ids",
        })
      }
    }
    if (input.collection_id) {
      const { data: collections } = await query.graph({
        entity: "product_collection",
        fields: ["id", "products.id"],
        filters: { id: input.collection_id },
      })
      const collection = collections[0] as { products?: ({ id: string } | null)[] } | undefined
      if (!collection) {
        throw new StripeConnectError("invalid_request", `collection_id: no collection with id ${input.collection_id}`, {
          param: "collection_id",
        })
      }
      for (const product of collection.products ?? []) {
        if (product) {
          ids.add(product.id)
        }
      }
    }
    if (input.sales_channel_id) {
      const { data: channels } = await query.graph({
        entity: "sales_channel",
        fields: ["id"],
        filters: { id: input.sales_channel_id },
      })
      if (!channels.length) {
        throw new StripeConnectError(
          "invalid_request",
          `sales_channel_id: no sales channel with id ${input.sales_channel_id}`,
          { param: "sales_channel_id" }
        )
      }
      const { data: links } = await query.graph({
        entity: "product_sales_channel",
        fields: ["product_id"],
        filters: { sales_channel_id: input.sales_channel_id },
        pagination: { take: MAX_SELLER_PRODUCTS + 1 },
      })
      for (const link of links as { product_id: string }[]) {
        ids.add(link.product_id)
      }
    }
    if (ids.size > MAX_SELLER_PRODUCTS) {
      const param = input.sales_channel_id ? "sales_channel_id" : input.collection_id ? "collection_id" : "product_ids"
      throw new StripeConnectError(
        "invalid_request",
        `${param}: more than ${MAX_SELLER_PRODUCTS} products at once; assign them in narrower requests`,
        { param }
      )
    }
    return new StepResponse([...ids])
  }
)
