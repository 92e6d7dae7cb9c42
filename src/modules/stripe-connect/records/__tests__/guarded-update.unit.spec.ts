import { knex as createKnex } from "@medusajs/framework/mikro-orm/knex"
import { guardedUpdateQuery, insertOrFindStored, statusesAcceptingRank, toColumnValues } from ".."

const knex = createKnex({ client: "pg" })

describe("guardedUpdateQuery", () => {
  it("should check every guard in the WHERE clause of the one UPDATE statement", () => {
    const at = new Date("2026-01-02T03:04:05Z")
    const { sql, bindings } = guardedUpdateQuery(
      knex,
      "stripe_connect_payment",
      "scpay_1",
      { oneOf: { status: ["requires_capture", "succeeded"] }, atMost: { amount_refunded: 500 }, notAfter: { last_stripe_event_at: at } },
      { status: "succeeded", amount_refunded: 500 }
    ).toSQL()
    expect(sql).toMatch(/^update "stripe_connect_payment" set/)
    expect(sql).toContain(`"status" in (?, ?)`)
    expect(sql).toContain(`"amount_refunded" <= ?`)
    expect(sql).toContain(`("last_stripe_event_at" is null or "last_stripe_event_at" <= ?)`)
    expect(sql).toContain(`"deleted_at" is null`)
    expect(bindings).toEqual(expect.arrayContaining(["scpay_1", "requires_capture", "succeeded", 500, at]))
  })

  it("should let an empty column accept the write only when null is listed", () => {
    const listed = guardedUpdateQuery(knex, "t", "id_1", { oneOf: { dispute_status: [null, "needs_response"] } }, { dispute_status: "won" }).toSQL()
    expect(listed.sql).toContain(`("dispute_status" in (?) or "dispute_status" is null)`)
    const notListed = guardedUpdateQuery(knex, "t", "id_1", { oneOf: { dispute_status: ["needs_response"] } }, { dispute_status: "won" }).toSQL()
    expect(notListed.sql).not.toContain("is null or")
  })

  it("should require the row another write was derived from to still hold the values it was derived from", () => {
    const { sql, bindings } = guardedUpdateQuery(
      knex,
      "stripe_connect_payment",
      "scpay_1",
      { alsoStored: { table: "stripe_connect_dispute", values: { dispute_id: "dp_1", status: "under_review" } } },
      { dispute_status: "under_review" }
    ).toSQL()
    expect(sql).toContain(`exists (select 1 from "stripe_connect_dispute" where "dispute_id" = ? and "status" = ? and "deleted_at" is null)`)
    expect(bindings).toEqual(expect.arrayContaining(["dp_1"]))
  })

  it("should write nothing when no stored status accepts the write", () => {
    const { sql, bindings } = guardedUpdateQuery(knex, "t", "id_1", { oneOf: { status: [] } }, { status: "x" }).toSQL()
    expect(sql).toContain("(1 = ?)")
    expect(bindings[bindings.length - 1]).toBe(0)
  })
})

describe("toColumnValues", () => {
  it("should send JSON columns as JSON text and leave dates, scalars and nulls alone, dropping undefined", () => {
    const at = new Date(0)
    expect(toColumnValues({ capabilities: { transfers: "active" }, list: [1], at, n: 1, empty: null, skipped: undefined })).toEqual({
      capabilities: `{"transfers":"active"}`,
      list: "[1]",
      at,
      n: 1,
      empty: null,
    })
  })
})

describe("statusesAcceptingRank", () => {
  it("should accept the same and lower ranks and nothing for an unknown status", () => {
    const ranks = { a: 0, b: 0, c: 1, d: 2 }
    expect(statusesAcceptingRank(ranks, "c")).toEqual(["a", "b", "c"])
    expect(statusesAcceptingRank(ranks, "a")).toEqual(["a", "b"])
    expect(statusesAcceptingRank(ranks, "zzz")).toEqual([])
  })
})

describe("insertOrFindStored", () => {
  it("should answer the inserted row when the insert succeeds", async () => {
    await expect(insertOrFindStored(async () => ({ id: "new" }), async () => ({ id: "stored" }))).resolves.toEqual({ row: { id: "new" }, inserted: true })
  })

  it("should answer the other writer's row when the insert fails and that row is stored", async () => {
    const refused = async (): Promise<{ id: string }> => {
      throw new Error("duplicate key value violates unique constraint")
    }
    await expect(insertOrFindStored(refused, async () => ({ id: "stored" }))).resolves.toEqual({ row: { id: "stored" }, inserted: false })
  })

  it("should throw the insert's error when no row is stored", async () => {
    const refused = async (): Promise<{ id: string }> => {
      throw new Error("database is down")
    }
    await expect(insertOrFindStored(refused, async () => undefined)).rejects.toThrow("database is down")
  })
})
