import { decodeForm, decodeMultipart, splitKey } from "../form"

describe("form decoding like Stripe", () => {
  it("splits bracketed keys", () => {
    expect(splitKey("a[b][0][c]")).toEqual(["a", "b", "0", "c"])
    expect(splitKey("expand[]")).toEqual(["expand", ""])
    expect(splitKey("plain")).toEqual(["plain"])
  })

  it("decodes nested objects and indexed arrays", () => {
    const out = decodeForm("amount=2500&transfer_data[destination]=acct_1&line_items[0][price]=price_a&line_items[1][price]=price_b&line_items[1][quantity]=2&metadata[order]=o%201")
    expect(out).toEqual({
      amount: "2500",
      transfer_data: { destination: "acct_1" },
      line_items: [{ price: "price_a" }, { price: "price_b", quantity: "2" }],
      metadata: { order: "o 1" },
    })
  })

  it("decodes empty-bracket arrays in order and orders indexes numerically", () => {
    expect(decodeForm("expand[]=a&expand[]=b")).toEqual({ expand: ["a", "b"] })
    expect(decodeForm("x[10]=k&x[2]=c&x[0]=a")).toEqual({ x: ["a", "c", "k"] })
  })

  it("decodes percent-encoded brackets, plus signs and empty values", () => {
    expect(decodeForm("metadata%5Bkey%5D=a+b&description=")).toEqual({ metadata: { key: "a b" }, description: "" })
  })

  it("parses multipart bodies with fields and a file", () => {
    const boundary = "XyZ"
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\ndispute_evidence\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n` +
        `--${boundary}--\r\n`
    )
    const out = decodeMultipart(body, `multipart/form-data; boundary=${boundary}`)
    expect(out.fields).toEqual({ purpose: "dispute_evidence" })
    expect(out.files).toHaveLength(1)
    expect(out.files[0]).toMatchObject({ field: "file", filename: "r.txt", contentType: "text/plain" })
    expect(out.files[0].data.toString()).toBe("hello")
  })
})
