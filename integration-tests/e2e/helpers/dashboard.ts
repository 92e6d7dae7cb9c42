import type { Locator, Page } from "playwright-core"

/** Confirms the dashboard's prompt (usePrompt) with its confirm button. */
export async function confirmPrompt(page: Page, confirmText: string): Promise<void> {
  const dialog = page.getByRole("alertdialog")
  await dialog.waitFor()
  await dialog.getByRole("button", { name: confirmText, exact: true }).click()
}

/** Clicks the button that opens a modal or drawer and returns that dialog. */
export async function openDialog(scope: Page | Locator, buttonName: string): Promise<Locator> {
  await scope.getByRole("button", { name: buttonName }).click()
  const page = "page" in scope ? scope.page() : scope
  return page.getByRole("dialog")
}

/** Fills a form's inputs: CSS selector (`#id`, `input[name=...]`) to value. */
export async function fillFields(form: Locator, values: Record<string, string>): Promise<void> {
  for (const [selector, value] of Object.entries(values)) {
    await form.locator(selector).fill(value)
  }
}

/** Clicks a form's submit button (by its exact label). */
export async function submit(form: Locator, buttonName: string): Promise<void> {
  await form.getByRole("button", { name: buttonName, exact: true }).click()
}

/** Waits for the toast (or any text) that an action finished with. */
export async function waitForText(page: Page, text: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor()
}

/** The table row holding `text` (an id, a name). */
export const tableRow = (page: Page, text: string): Locator => page.getByRole("row").filter({ hasText: text })
