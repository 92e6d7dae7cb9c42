/**
 * Inserts a record that another writer may insert at the same moment (a webhook handler and a staff action both
 * seeing a Stripe object first). When the insert fails and the other writer's row is found (the unique Stripe id
 * refused the second row), answers that row with `inserted: false`, for the caller to apply its own fields to;
 * any other failure is thrown.
 */
export async function insertOrFindStored<Row>(
  insert: () => Promise<Row>,
  findStored: () => Promise<Row | undefined>
): Promise<{ row: Row; inserted: boolean }> {
  try {
    return { row: await insert(), inserted: true }
  } catch (error) {
    const stored = await findStored()
    if (!stored) {
      throw error
    }
    return { row: stored, inserted: false }
  }
}
