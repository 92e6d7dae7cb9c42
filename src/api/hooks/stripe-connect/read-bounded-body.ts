import type { IncomingMessage } from "node:http"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

/**
 * Reads a request's body into one buffer, refusing more than `limitBytes` with a 413 `payload_too_large`: at once
 * when `Content-Length` says so (nothing is read), else as soon as the bytes streamed in pass the limit (reading
 * stops there). Nothing is parsed.
 */
export function readBoundedBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"])
  if (Number.isFinite(declared) && declared > limitBytes) {
    return Promise.reject(tooLarge(limitBytes))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const cleanUp = () => {
      req.off("data", onData)
      req.off("end", onEnd)
      req.off("error", onError)
      req.off("aborted", onAborted)
    }
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > limitBytes) {
        cleanUp()
        req.pause()
        reject(tooLarge(limitBytes))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanUp()
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received))
    }
    const onError = (error: unknown) => {
      cleanUp()
      reject(error)
    }
    const onAborted = () =>
      onError(new StripeConnectError("invalid_request", "The request was aborted", { param: "body" }))
    req.on("data", onData)
    req.on("end", onEnd)
    req.on("error", onError)
    req.on("aborted", onAborted)
  })
}

function tooLarge(limitBytes: number): StripeConnectError {
  return new StripeConnectError("payload_too_large", `The body is larger than ${limitBytes} bytes`, { param: "body" })
}
