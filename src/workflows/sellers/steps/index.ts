export * from "./collect-seller-products"
export * from "./plan-product-seller-changes"
export * from "./resolve-checkout-sellers"
export * from "./record-checkout-sellers"
