import Medusa from "@medusajs/js-sdk"

/** The backend the dashboard talks to; "/" when the admin is served by Medusa itself. */
export const backendUrl: string = import.meta.env.VITE_BACKEND_URL || "/"

/** The one js-sdk client of the plugin's admin extensions, with the dashboard's session cookie. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
