export * from "./collect-seller-products"
export * from "./plan-product-seller-changes"
