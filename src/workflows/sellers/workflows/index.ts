export * from "./assign-product-sellers"
