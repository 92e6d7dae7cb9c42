import { intlLocale } from "../locale"

describe("intlLocale", () => {
  it("should turn the dashboard's language codes into Intl locales", () => {
    expect(intlLocale("de")).toBe("de")
    expect(intlLocale("ptBR")).toBe("pt-BR")
    expect(intlLocale("zhCN")).toBe("zh-CN")
  })

  it("should fall back to English for a missing or unreadable code", () => {
    expect(intlLocale(undefined)).toBe("en")
    expect(intlLocale("")).toBe("en")
    expect(intlLocale("not a locale!")).toBe("en")
  })
})
