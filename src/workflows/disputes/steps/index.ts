export * from "./upsert-dispute-from-stripe"
export * from "./upload-dispute-files"
export * from "./update-stripe-dispute-evidence"
export * from "./mark-payment-disputed"
