export * from "./sync-stripe-dispute"
export * from "./submit-dispute-evidence"
