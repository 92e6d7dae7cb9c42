// Runs before each test file.
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.NODE_ENV = process.env.NODE_ENV || "test"
if (!process.env.LOG_LEVEL) {
  process.env.LOG_LEVEL = "error"
}
