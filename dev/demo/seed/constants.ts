/** The demo's fixed names, shared by the seed parts (and printed by dev/demo/start.mjs). */
export const DEMO_ADMIN_EMAIL = "admin@example.com"
export const DEMO_SALES_CHANNEL_NAME = "Demo Store"
/** The publishable key of the demo's sales channel; dev/demo/start.mjs finds it by this title. */
export const DEMO_PUBLISHABLE_KEY_TITLE = "Demo Store storefront"
export const DEMO_REGION_NAME = "Europe"
export const DEMO_COUNTRIES = ["de", "fr", "nl", "es", "it"]
/** The plugin's payment provider as medusa-config.ts registers it: `pp_<provider identifier>_<id>`. */
export const DEMO_PAYMENT_PROVIDER_ID = "pp_stripe-connect_stripe-connect"
export const DEMO_STOCK_LOCATION_NAME = "Demo Warehouse"
export const DEMO_FULFILLMENT_SET_NAME = "Demo Warehouse shipping"
export const DEMO_SHIPPING_OPTION_NAME = "Standard Shipping"
/** Medusa's built-in manual fulfillment provider (`manual_<id>`). */
export const DEMO_FULFILLMENT_PROVIDER_ID = "manual_manual"
export const DEMO_PRODUCT_HANDLE = "demo-t-shirt"
/** Units in stock per variant at the demo warehouse. */
export const DEMO_STOCK_PER_VARIANT = 1000
/** The demo's orders, one per customer; dev/demo/seed-stripe.mjs finds them by these e-mails. */
export const DEMO_ORDER_EMAILS = ["ada@example.com", "grace@example.com", "linus@example.com", "margaret@example.com"] as const
