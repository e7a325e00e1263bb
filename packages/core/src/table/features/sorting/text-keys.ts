const ZERO = 48
const NINE = 57
const UPPER_A = 65
const UPPER_Z = 90
const ASCII_LIMIT = 128
/** Added to an ASCII capital to make its lower-case letter. */
const FOLD = 32
/** Digit runs this long or longer get the long length prefix. */
const LONG_RUN = 9

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE
}

/**
 * The sort keys of a column's distinct texts, as UTF-16 code units in one reused buffer
 * (issue 13): key `k` is `chars` from `starts[k]` to `starts[k + 1]`. Written straight from
 * the texts, so ranking 100k distinct texts allocates no key strings (building them cost
 * more than ranking them). Plain `<` order on the code units of two keys is the style's
 * order of their texts:
 * - folded styles: lower-cased (ASCII letters in place; a text with any other char goes
 *   through `toLowerCase()`, which can map it to ASCII or lengthen it);
 * - natural styles: each run of ASCII digits becomes a length prefix and its digits without
 *   leading zeros (at least one digit stays), so runs compare by value: one char '1'-'8'
 *   for runs shorter than 9 digits, else '9', the number of decimal digits of the run's
 *   length (as one char from '1') and that length. Every prefix char is a digit or above
 *   it, so a run still compares against other chars the way its first digit would.
 */
export class TextKeys {
  /** Code units of every key, end to end. */
  chars = new Uint16Array(0)
  /** Where each key starts in `chars`; `starts[count]` is where the next one goes. */
  starts = new Int32Array(1)
  /** Keys written since the last {@link TextKeys.reset}. */
  count = 0

  /** Forgets the keys, keeping the buffers. */
  reset(): void {
    this.count = 0
  }

  /** Drops the chars buffer if it holds more than `units` code units (long texts). */
  trim(units: number): void {
    if (this.chars.length > units) this.chars = new Uint16Array(0)
  }

  /** Bytes held, for memory accounting. */
  byteLength(): number {
    return this.chars.byteLength + this.starts.byteLength
  }

  /** Room for one more key of at most `units` code units. */
  private reserve(units: number): void {
    const need = (this.starts[this.count] as number) + units
    if (this.chars.length < need) {
      const grown = new Uint16Array(Math.max(need, this.chars.length * 2, 1024))
      grown.set(this.chars)
      this.chars = grown
    }
    if (this.starts.length < this.count + 2) {
      const grown = new Int32Array(Math.max(this.count + 2, this.starts.length * 2, 256))
      grown.set(this.starts)
      this.starts = grown
    }
  }

  /** Appends the key of `text`: digit runs by value when `natural`, lower-cased when `fold`. */
  add(text: string, natural: boolean, fold: boolean): void {
    let base = text
    let foldAscii = fold
    if (fold) {
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) >= ASCII_LIMIT) {
          base = text.toLowerCase()
          foldAscii = false
          break
        }
      }
    }
    const length = base.length
    // A run of r digits writes at most 2r units (1 + r below 9 digits, 2 + d + r above).
    this.reserve(2 * length + 2)
    const chars = this.chars
    let end = this.starts[this.count] as number
    let i = 0
    while (i < length) {
      const code = base.charCodeAt(i)
      if (!natural || !isDigit(code)) {
        chars[end++] = foldAscii && code >= UPPER_A && code <= UPPER_Z ? code + FOLD : code
        i++
        continue
      }
      let runEnd = i + 1
      while (runEnd < length && isDigit(base.charCodeAt(runEnd))) runEnd++
      let start = i
      while (start < runEnd - 1 && base.charCodeAt(start) === ZERO) start++
      const digits = runEnd - start
      if (digits < LONG_RUN) {
        chars[end++] = ZERO + digits
      } else {
        const written = String(digits)
        chars[end++] = NINE
        chars[end++] = ZERO + written.length
        for (let d = 0; d < written.length; d++) chars[end++] = written.charCodeAt(d)
      }
      while (start < runEnd) chars[end++] = base.charCodeAt(start++)
      i = runEnd
    }
    this.count++
    this.starts[this.count] = end
  }
}
