import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/**
 * The OAuth callback is public (Stripe redirects the browser here). When the browser still carries the admin
 * session (or a bearer token), it is read so the callback can refuse a state started by another admin; without
 * one, the unguessable single-use state is the proof.
 */
export const stripeConnectOAuthCallbackMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/stripe-connect/oauth/callback",
    methods: ["GET"],
    middlewares: [authenticate("user", ["session", "bearer"], { allowUnauthenticated: true })],
  },
]
