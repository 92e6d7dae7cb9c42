import type { Page } from "playwright-core"
import { emulatorControl, type E2eApp } from "../../helpers/e2e"
import { eventually, type AdminApi } from "./admin-api"

/**
 * What a test needs in place before its browser steps, made through the admin API and the emulator's controls
 * (the customer's and Stripe's side), as in production: the store learns of each change through its webhooks.
 */

/** A connected account, onboarded at (emulated) Stripe; its account.updated reaches the store through the webhook. */
export async function onboardedAccount(api: AdminApi, app: E2eApp, merchantId: string): Promise<string> {
  const created = await api.post<{ account_id: string }>("/admin/stripe-connect/accounts", {
    merchant_id: merchantId,
    account_type: "express",
    country: "US",
  })
  await emulatorControl(app.emulatorUrl, "POST", `/accounts/${created.account_id}/complete_onboarding`)
  await eventually(
    () => api.get<{ status: string }>(`/admin/stripe-connect/accounts/${created.account_id}`),
    (account) => account.status === "active",
    "the account to become active"
  )
  return created.account_id
}

/** An integration connected through OAuth: the emulator plays Stripe's consent page and issues the code. */
export async function connectedIntegration(page: Page, api: AdminApi, app: E2eApp, name: string): Promise<{ id: string; account: string }> {
  const { integration } = await api.post<{ integration: { id: string } }>("/admin/stripe-connect/integrations", { name })
  const { authorize_url } = await api.post<{ authorize_url: string }>(`/admin/stripe-connect/integrations/${integration.id}/authorize`, {})
  const state = new URL(authorize_url).searchParams.get("state") as string
  const { code, account } = (await emulatorControl(app.emulatorUrl, "POST", "/oauth/authorize")) as { code: string; account: string }
  const callback = await page.request.get(`${app.baseUrl}/stripe-connect/oauth/callback?${new URLSearchParams({ code, state, scope: "read_write" })}`, {
    maxRedirects: 0,
  })
  if (callback.status() !== 303) throw new Error(`the OAuth callback answered ${callback.status()}, not 303`)
  return { id: integration.id, account }
}

/** A payment to a connected account, confirmed by the customer with a test card. */
export async function confirmedPayment(
  api: AdminApi,
  app: E2eApp,
  body: { account_id: string; amount: number; capture_method: "manual" | "automatic"; order_id?: string }
): Promise<{ payment_intent_id: string; application_fee: number }> {
  const payment = await api.post<{ payment_intent_id: string; application_fee: number }>("/admin/stripe-connect/payments", { currency: "usd", ...body })
  await emulatorControl(app.emulatorUrl, "POST", `/payment_intents/${payment.payment_intent_id}/confirm`, { payment_method: "pm_card_visa" })
  return payment
}

/** The cardholder disputes the payment's charge; charge.dispute.created reaches the store through the platform webhook. */
export async function disputedPayment(api: AdminApi, app: E2eApp, paymentIntentId: string, reason: string): Promise<string> {
  const intent = (await (
    await fetch(`${app.emulatorUrl}/v1/payment_intents/${paymentIntentId}`, { headers: { authorization: "Bearer sk_test_emulator_platform_key" } })
  ).json()) as { latest_charge: string }
  const { id } = (await emulatorControl(app.emulatorUrl, "POST", `/charges/${intent.latest_charge}/dispute`, { reason })) as { id: string }
  await eventually(
    () => api.get<{ data: { dispute_id: string }[] }>(`/admin/stripe-connect/disputes?payment_intent_id=${paymentIntentId}`),
    (list) => list.data.some((dispute) => dispute.dispute_id === id),
    "the dispute to be stored"
  )
  return id
}
