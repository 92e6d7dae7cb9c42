/** A finite non-negative number as numerator / 10^k, exactly as JavaScript prints it. */
export function decimalFraction(value: number): { numerator: bigint; denominator: bigint } {
  const [mantissa, exponentText] = value.toString().toLowerCase().split("e")
  const exponent = Number(exponentText ?? 0)
  const [whole, fraction = ""] = mantissa.split(".")
  let numerator = BigInt(whole + fraction)
  let scale = fraction.length - exponent
  if (scale < 0) {
    numerator *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { numerator, denominator: 10n ** BigInt(scale) }
}
