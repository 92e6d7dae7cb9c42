import { allowedRedirectOrigins, findDisallowedRedirect } from "../redirect-origins"

describe("allowedRedirectOrigins", () => {
  it("should take the configured origins and the public URL, as origins", () => {
    expect(
      allowedRedirectOrigins({
        configured: ["https://shop.example.com/", "https://pay.example.com/thanks"],
        storeCors: "http://localhost:8000",
        publicUrl: "https://api.example.com",
      })
    ).toEqual(["https://shop.example.com", "https://pay.example.com", "https://api.example.com"])
  })

  it("should fall back to the store's CORS origins, leaving out patterns", () => {
    expect(
      allowedRedirectOrigins({
        configured: undefined,
        storeCors: "http://localhost:8000,/vercel\\.app$/, https://shop.example.com",
        publicUrl: "http://localhost:9000",
      })
    ).toEqual(["http://localhost:8000", "https://shop.example.com", "http://localhost:9000"])
  })

  it("should allow only the public URL when nothing else is configured", () => {
    expect(
      allowedRedirectOrigins({ configured: [], storeCors: undefined, publicUrl: "https://api.example.com" })
    ).toEqual(["https://api.example.com"])
  })
})

describe("findDisallowedRedirect", () => {
  const allowed = ["https://shop.example.com"]

  it("should accept URLs on an allowed origin and left-out URLs", () => {
    expect(findDisallowedRedirect({ success_url: "https://shop.example.com/paid?order=1" }, allowed)).toBeNull()
    expect(findDisallowedRedirect({}, allowed)).toBeNull()
  })

  it.each([
    ["https://evil.example.com/phish", "success_url"],
    ["http://shop.example.com/paid", "success_url"],
    ["https://shop.example.com:8443/paid", "success_url"],
    ["javascript:alert(1)", "success_url"],
  ])("should refuse %s naming the field", (url, param) => {
    expect(findDisallowedRedirect({ success_url: url }, allowed)).toEqual({
      param,
      message: expect.stringMatching(/^success_url: /),
    })
  })

  it("should name cancel_url when only it is elsewhere", () => {
    expect(
      findDisallowedRedirect(
        { success_url: "https://shop.example.com/a", cancel_url: "https://evil.example.com/" },
        allowed
      )?.param
    ).toBe("cancel_url")
  })
})
