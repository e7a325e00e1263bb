const ZERO = 48
const NINE = 57

/**
 * The prefix that makes plain string comparison order digit runs by numeric value: the run's
 * length (without leading zeros) as one char '1'-'8', or '9' plus a six-digit length for
 * longer runs. Every prefix char is a digit, so a run still compares against letters the
 * way its first digit would.
 */
function lengthPrefix(length: number): string {
  if (length < 9) return String.fromCharCode(ZERO + length)
  return '9' + String(length).padStart(6, '0')
}

/**
 * A key whose plain `<` order is natural order: `'item2' < 'item10'`. Case-folded unless
 * `caseSensitive`. Each run of ASCII digits becomes its length prefix and its digits without
 * leading zeros (at least one digit stays). Strings without digits are returned as they are
 * (after folding). One scan by char code: no regular expression per value.
 */
export function naturalKey(text: string, caseSensitive: boolean): string {
  const base = caseSensitive ? text : text.toLowerCase()
  const length = base.length
  let key = ''
  let copied = 0
  let i = 0
  while (i < length) {
    const code = base.charCodeAt(i)
    if (code < ZERO || code > NINE) {
      i++
      continue
    }
    let end = i + 1
    while (end < length) {
      const next = base.charCodeAt(end)
      if (next < ZERO || next > NINE) break
      end++
    }
    let start = i
    while (start < end - 1 && base.charCodeAt(start) === ZERO) start++
    key += base.slice(copied, i) + lengthPrefix(end - start) + base.slice(start, end)
    copied = end
    i = end
  }
  return copied === 0 ? base : key + base.slice(copied)
}
