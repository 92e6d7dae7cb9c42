import { Client } from "@medusajs/framework/pg"

/** The test PostgreSQL from the jest global setup (DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD). */
function connectionString(database: string): string {
  const user = encodeURIComponent(process.env.DB_USERNAME ?? "postgres")
  const password = encodeURIComponent(process.env.DB_PASSWORD ?? "postgres")
  return `postgres://${user}:${password}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${database}`
}

export function databaseUrl(database: string): string {
  return connectionString(database)
}

async function withClient<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: connectionString(database) })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

export async function createDatabase(name: string): Promise<void> {
  await withClient("postgres", (client) => client.query(`CREATE DATABASE "${name}"`))
}

export async function dropDatabase(name: string): Promise<void> {
  await withClient("postgres", (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
}

export async function tableExists(database: string, table: string): Promise<boolean> {
  return await withClient(database, async (client) => {
    const { rows } = await client.query("select 1 from information_schema.tables where table_name = $1", [table])
    return rows.length > 0
  })
}
