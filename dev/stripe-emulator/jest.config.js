/**
 * Local Jest config for the emulator's own suites, usable while the root config's global setup is elsewhere
 * in progress. TEST_TYPE=unit (default) runs *.unit.spec.ts; TEST_TYPE=emulator runs the server suites.
 *   npx jest -c dev/stripe-emulator/jest.config.js
 *   TEST_TYPE=emulator npx jest -c dev/stripe-emulator/jest.config.js --runInBand
 */
const unit = process.env.TEST_TYPE !== "emulator"
module.exports = {
  rootDir: __dirname,
  transform: {
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2021" } }],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  testMatch: unit ? ["<rootDir>/__tests__/**/*.unit.spec.ts"] : ["<rootDir>/__tests__/**/*.spec.ts"],
  testPathIgnorePatterns: unit ? ["/node_modules/"] : ["/node_modules/", "\\.unit\\.spec\\.ts$"],
}
