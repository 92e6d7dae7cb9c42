/**
 * Decoding of Stripe's form bodies and query strings. Stripe's SDKs send nested data with brackets:
 * `metadata[order]=1`, `expand[0]=latest_charge` (or `expand[]=...`), `line_items[0][price]=price_1`.
 * Objects whose keys are all array indexes become arrays, ordered by index.
 */
export type FormValue = string | FormValue[] | FormObject
export interface FormObject {
  [key: string]: FormValue
}

/** Splits `a[b][0][]` into ["a", "b", "0", ""]. */
export function splitKey(key: string): string[] {
  const first = key.indexOf("[")
  if (first <= 0) return [key]
  const parts = [key.slice(0, first)]
  const re = /\[([^\]]*)\]/g
  let match: RegExpExecArray | null
  re.lastIndex = first
  while ((match = re.exec(key)) !== null) parts.push(match[1])
  return parts
}

const isIndex = (s: string): boolean => /^\d+$/.test(s)

/** Inserts one decoded pair into the tree. Arrays are built later from index-keyed objects. */
function assign(root: FormObject, path: string[], value: string): void {
  let node: FormObject = root
  for (let i = 0; i < path.length - 1; i++) {
    const raw = path[i]
    const key = raw === "" ? String(nextAppendIndex(node)) : raw
    const existing = node[key]
    if (existing === undefined || typeof existing === "string" || Array.isArray(existing)) {
      const child: FormObject = {}
      node[key] = child
      node = child
    } else {
      node = existing
    }
  }
  const last = path[path.length - 1]
  node[last === "" ? String(nextAppendIndex(node)) : last] = value
}

function nextAppendIndex(node: FormObject): number {
  let n = 0
  while (node[String(n)] !== undefined) n++
  return n
}

/** Turns objects keyed only by indexes into arrays, recursively. */
function arrayify(value: FormValue): FormValue {
  if (typeof value === "string") return value
  if (Array.isArray(value)) return value.map(arrayify)
  const keys = Object.keys(value)
  if (keys.length > 0 && keys.every(isIndex)) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => arrayify(value[String(k)]))
  }
  const out: FormObject = {}
  for (const k of keys) out[k] = arrayify(value[k])
  return out
}

function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, " "))
  } catch {
    return s
  }
}

/** Decodes `application/x-www-form-urlencoded` text (or a query string) into a tree. */
export function decodeForm(text: string): FormObject {
  const root: FormObject = {}
  if (!text) return root
  for (const pair of text.split("&")) {
    if (!pair) continue
    const eq = pair.indexOf("=")
    const key = decodeComponent(eq === -1 ? pair : pair.slice(0, eq))
    const value = eq === -1 ? "" : decodeComponent(pair.slice(eq + 1))
    assign(root, splitKey(key), value)
  }
  return arrayify(root) as FormObject
}

/** Builds a tree from already-decoded key/value pairs (used for multipart fields). */
export function treeFromPairs(pairs: Array<[string, string]>): FormObject {
  const root: FormObject = {}
  for (const [k, v] of pairs) assign(root, splitKey(k), v)
  return arrayify(root) as FormObject
}

export interface MultipartFile {
  field: string
  filename: string
  contentType: string
  data: Buffer
}

/** Parses a `multipart/form-data` body into its text fields and files. */
export function decodeMultipart(body: Buffer, contentType: string): { fields: FormObject; files: MultipartFile[] } {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  const files: MultipartFile[] = []
  const pairs: Array<[string, string]> = []
  if (!match) return { fields: {}, files }
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`)
  let pos = body.indexOf(boundary)
  while (pos !== -1) {
    const start = pos + boundary.length
    if (body.slice(start, start + 2).toString() === "--") break
    const next = body.indexOf(boundary, start)
    if (next === -1) break
    const part = body.slice(start + 2, next - 2) // skip CRLF after boundary and before the next one
    const headerEnd = part.indexOf("\r\n\r\n")
    if (headerEnd !== -1) {
      const headers = part.slice(0, headerEnd).toString("utf8")
      const data = part.slice(headerEnd + 4)
      const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? ""
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1]
      const type = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? "application/octet-stream"
      if (filename !== undefined) files.push({ field: name, filename, contentType: type.trim(), data })
      else pairs.push([name, data.toString("utf8")])
    }
    pos = next
  }
  return { fields: treeFromPairs(pairs), files }
}
