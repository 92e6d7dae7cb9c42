/**
 * The `Intl` locale for a dashboard language code: the dashboard names regional variants without a hyphen
 * ("ptBR", "zhCN"), which `Intl` does not read; unknown or empty codes fall back to English.
 */
export function intlLocale(language: string | undefined): string {
  const tag = (language || "en").replace(/([a-z])([A-Z])/g, "$1-$2")
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en"
  } catch {
    return "en"
  }
}
