/** The demo's fixed names, shared by the seed parts (and printed by dev/demo/start.mjs). */
export const DEMO_ADMIN_EMAIL = "admin@example.com"
export const DEMO_SALES_CHANNEL_NAME = "Demo Store"
export const DEMO_REGION_NAME = "Europe"
export const DEMO_STOCK_LOCATION_NAME = "Demo Warehouse"
export const DEMO_PRODUCT_HANDLE = "demo-t-shirt"
/** The demo's orders, one per customer; dev/demo/seed-stripe.mjs finds them by these e-mails. */
export const DEMO_ORDER_EMAILS = ["ada@example.com", "grace@example.com", "linus@example.com", "margaret@example.com"] as const
