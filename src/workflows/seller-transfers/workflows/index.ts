export * from "./plan-seller-split"
export * from "./transfer-seller-shares"
export * from "./reverse-seller-shares"
