// Small statistics helpers for the benchmark (milliseconds in, rounded numbers out).

/** The q-quantile (0..1) of sorted values, nearest-rank. */
export function quantile(sorted, q) {
  if (!sorted.length) return null
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index]
}

export function summarize(valuesMs) {
  const sorted = [...valuesMs].sort((a, b) => a - b)
  const round = (value) => (value === null ? null : Math.round(value * 100) / 100)
  return {
    count: sorted.length,
    p50_ms: round(quantile(sorted, 0.5)),
    p99_ms: round(quantile(sorted, 0.99)),
    max_ms: round(sorted[sorted.length - 1] ?? null),
  }
}

export function median(values) {
  return quantile([...values].sort((a, b) => a - b), 0.5)
}

export function round2(value) {
  return Math.round(value * 100) / 100
}
