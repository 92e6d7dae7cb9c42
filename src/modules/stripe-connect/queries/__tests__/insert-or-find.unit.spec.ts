import { insertOrFindStored } from "../insert-or-find"

describe("insertOrFindStored", () => {
  it("should answer the inserted row when the insert succeeds", async () => {
    await expect(
      insertOrFindStored(
        async () => ({ id: "new" }),
        async () => ({ id: "stored" })
      )
    ).resolves.toEqual({ row: { id: "new" }, inserted: true })
  })

  it("should answer the other writer's row when the insert fails and that row is stored", async () => {
    const refused = async (): Promise<{ id: string }> => {
      throw new Error("duplicate key value violates unique constraint")
    }
    await expect(insertOrFindStored(refused, async () => ({ id: "stored" }))).resolves.toEqual({
      row: { id: "stored" },
      inserted: false,
    })
  })

  it("should throw the insert's error when no row is stored", async () => {
    const refused = async (): Promise<{ id: string }> => {
      throw new Error("database is down")
    }
    await expect(insertOrFindStored(refused, async () => undefined)).rejects.toThrow("database is down")
  })
})
