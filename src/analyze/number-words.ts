/**
 * Numbers written as digits ("20,000", "2.5") or English words ("eight", "twenty-five",
 * "a hundred", "one and a half", "a couple of").
 */

const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, couple: 2, few: 3, several: 3, half: 0.5,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Words that can appear in a spelled-out number (for building patterns). */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)];

/** Parses a number written in digits or words; null when `phrase` is not a number. */
export function parseNumber(phrase: string): number | null {
  const cleaned = phrase.trim().toLowerCase();
  if (cleaned === '') return null;
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|m|thousand|million|billion)?$/.exec(cleaned);
  if (digits !== null) {
    const base = Number.parseFloat(`${(digits[1] ?? '').replace(/,/g, '')}${digits[2] ?? ''}`);
    const scale = digits[3];
    if (scale === undefined) return base;
    return base * (scale === 'k' || scale === 'thousand' ? 1e3 : scale === 'm' || scale === 'million' ? 1e6 : 1e9);
  }
  const words = cleaned.replace(/-/g, ' ').split(/\s+/).filter((w) => w !== 'and' && w !== 'of');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    const unit = UNITS[word];
    const ten = TENS[word];
    const scale = SCALES[word];
    if ((word === 'a' || word === 'an') && seen) {
      // "one and a half": the article belongs to "half".
      continue;
    } else if (word === 'half' && seen) {
      current += 0.5;
    } else if (unit !== undefined) {
      // "a couple" = 2, not 1 + 2.
      current = (word === 'couple' || word === 'few' || word === 'several') && current === 1 ? unit : current + unit;
    } else if (ten !== undefined) {
      current += ten;
    } else if (scale !== undefined) {
      current = (current === 0 ? 1 : current) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else {
      return null;
    }
    seen = true;
  }
  return total + current;
}
