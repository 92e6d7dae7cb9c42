import { model } from "@medusajs/framework/utils"

/**
 * The seller of a product in a cart, fixed on the server the first time the product enters the cart (the cart
 * workflows' hooks) or, for lines that have none, when the payment session is prepared. The first row for a
 * (cart, product) wins (a unique index; later writes do nothing), so changing a product's seller afterwards does
 * not move that cart's money. A null account: the product had no seller of its own, and the cart's sales channel
 * account is paid for it. Never read from line-item metadata, which shoppers can write.
 */
const CartItemSeller = model
  .define(
    { name: "CartItemSeller", tableName: "stripe_connect_cart_item_seller" },
    {
      id: model.id({ prefix: "scis" }).primaryKey(),
      cart_id: model.text(),
      product_id: model.text(),
      /** The stored connected account (`scacct_...`), or null for a product without a seller. */
      connected_account_id: model.text().nullable(),
      /** Its Stripe id (`acct_...`). */
      stripe_account_id: model.text().nullable(),
      merchant_id: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_cart_item_seller_cart_product",
      on: ["cart_id", "product_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default CartItemSeller
