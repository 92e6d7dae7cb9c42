import de from "./json/de.json"
import en from "./json/en.json"
import es from "./json/es.json"
import fr from "./json/fr.json"

/**
 * The admin extension's strings per language, in the plugin's own namespace ("stripe-connect", see
 * hooks/use-i18n.ts); the dashboard merges them into its i18next resources. English is the fallback.
 */
export default {
  en: { "stripe-connect": en },
  de: { "stripe-connect": de },
  fr: { "stripe-connect": fr },
  es: { "stripe-connect": es },
}
