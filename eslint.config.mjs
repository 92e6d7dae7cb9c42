// `npm run lint`: Medusa's own conventions (@medusajs/eslint-plugin), typescript-eslint, and the rules of hooks for
// the admin extension. Tests, the emulator, the demo and benchmarks are tools of this repository, not the plugin.
import medusa from "@medusajs/eslint-plugin"
import tseslint from "typescript-eslint"
import reactHooks from "eslint-plugin-react-hooks"

export default tseslint.config(
  { ignores: [".medusa/**", ".demo/**", ".test-db/**", "node_modules/**", "dev/**", "integration-tests/**", "bench/**"] },
  ...medusa.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/admin/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The plugin's own records mirror Stripe objects in integer minor units by design (see STYLE.md's "Amounts"
    // decision and README "Money"); conversion to Medusa's major units happens only in the payment provider.
    files: ["src/modules/stripe-connect/**/*.ts", "src/workflows/**/*.ts", "src/api/**/*.ts", "src/shared/**/*.ts", "src/types/**/*.ts"],
    rules: { "@medusajs/prices-in-major-units": "off" },
  }
)
