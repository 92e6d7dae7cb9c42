import { SpanStatusCode, trace, type Attributes } from "@medusajs/framework/opentelemetry/api"
import { errorMessageOf } from "../errors/error-text"

const tracer = trace.getTracer("medusa-plugin-stripe-connect")

/**
 * Runs `work` inside an OpenTelemetry span, ending it with the error when `work` throws. Without an SDK registered
 * by the store's `instrumentation.ts` the tracer is a no-op, so this costs next to nothing there.
 */
export function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work()
    } catch (error) {
      span.recordException(error instanceof Error ? error : errorMessageOf(error))
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessageOf(error) })
      throw error
    } finally {
      span.end()
    }
  })
}
