const DIGIT_RUN = /\d+/g
const ZERO = 48

/**
 * Encodes one run of digits so that plain string comparison orders runs by numeric value:
 * leading zeros are dropped and the run is prefixed by its length. Lengths 1-8 use one
 * char ('1'-'8'); longer runs use '9' plus a six-digit length. Every prefix char is a
 * digit, so a run still compares against letters the way its first digit would.
 */
function encodeDigitRun(run: string): string {
  let start = 0
  while (start < run.length - 1 && run.charCodeAt(start) === ZERO) start++
  const digits = start === 0 ? run : run.slice(start)
  const length = digits.length
  if (length < 9) return String.fromCharCode(ZERO + length) + digits
  return '9' + String(length).padStart(6, '0') + digits
}

/** Whether `text` contains an ASCII digit (a char code scan: cheaper than a regex per value). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 48 && code <= 57) return true
  }
  return false
}

/**
 * A key whose plain `<` order is natural order: `'item2' < 'item10'`. Case-folded unless
 * `caseSensitive`. Strings without digits are returned as they are (after folding).
 */
export function naturalKey(text: string, caseSensitive: boolean): string {
  const base = caseSensitive ? text : text.toLowerCase()
  return hasDigit(base) ? base.replace(DIGIT_RUN, encodeDigitRun) : base
}
