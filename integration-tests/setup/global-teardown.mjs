export default async function globalTeardown() {
  await globalThis.__stripeConnectRedis?.stop()
  await globalThis.__stripeConnectEmulator?.stop()
  await globalThis.__stripeConnectPostgres?.stop()
}
