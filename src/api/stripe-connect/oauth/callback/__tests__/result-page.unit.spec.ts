import { escapeHtml, renderOAuthResultPage } from "../result-page"

describe("renderOAuthResultPage", () => {
  it("escapes what it shows", () => {
    const html = renderOAuthResultPage({
      title: "Declined",
      message: `<script>alert("x")</script>`,
      backUrl: "/app?a=1&b=2",
    })
    expect(html).not.toContain("<script>")
    expect(html).toContain("&lt;script&gt;")
    expect(html).toContain('href="/app?a=1&amp;b=2"')
    expect(escapeHtml(`'"`)).toBe("&#39;&quot;")
  })
})
