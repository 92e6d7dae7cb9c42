export * from "./sync-stripe-dispute"
export * from "./submit-dispute-evidence"
export * from "./reverse-seller-dispute-shares"
export * from "./restore-seller-dispute-shares"
