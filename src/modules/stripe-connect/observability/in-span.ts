import { SpanStatusCode, trace, type Attributes } from "@medusajs/framework/opentelemetry/api"

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
      span.recordException(error instanceof Error ? error : String(error))
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) })
      throw error
    } finally {
      span.end()
    }
  })
}
