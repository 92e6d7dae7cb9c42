/**
 * A Stripe account connected through OAuth (an "integration"), as an admin would connect it: the plugin's
 * authorize URL opened (the demo sets the plugin's oauthAuthorizeUrl to the emulator's stand-in for
 * connect.stripe.com), "Connect" pressed on the consent page, and Stripe's redirect followed back to the plugin's
 * callback. Invoices and pay links are sent from it.
 */
export async function seedIntegration({ admin }) {
  const connected = await admin.get("/admin/stripe-connect/integrations?status=connected&limit=1")
  if (connected.data.length) return connected.data[0]
  const { integration } = await admin.post("/admin/stripe-connect/integrations", { name: "Berlin Books invoicing", merchant_id: "merchant_berlin_books" })
  const { authorize_url } = await admin.post(`/admin/stripe-connect/integrations/${integration.id}/authorize`, {})
  const consent = new URL(authorize_url)
  const page = await fetch(consent)
  if (page.status !== 200) throw new Error(`The emulator's consent page answered ${page.status}: ${(await page.text()).slice(0, 200)}`)
  const form = new URLSearchParams(consent.searchParams)
  form.set("decision", "connect")
  const pressed = await fetch(`${consent.origin}${consent.pathname}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  })
  const callback = pressed.headers.get("location")
  if (!callback) throw new Error(`The consent page did not redirect (${pressed.status})`)
  const back = await fetch(callback, { redirect: "manual" })
  if (back.status !== 303) throw new Error(`The plugin's OAuth callback answered ${back.status}: ${(await back.text()).slice(0, 300)}`)
  return (await admin.get(`/admin/stripe-connect/integrations/${integration.id}`)).integration
}
