import { getI18n } from "react-i18next"

/** The plugin's own translation namespace (src/admin/i18n/index.ts), so its keys never clash with the dashboard's or other plugins'. */
export const I18N_NAMESPACE = "stripe-connect"

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

/**
 * A string of the plugin's namespace outside React components (the API client's own messages), through the
 * dashboard's i18next instance; `english` when no instance is running.
 */
export function translate(key: string, english: string, values: Record<string, string | number> = {}): string {
  const i18n = getI18n()
  return i18n?.isInitialized ? i18n.t(key, { ns: I18N_NAMESPACE, defaultValue: english, ...values }) : english
}
