/**
 * Splits a metadata list of organisation names ("FirstEnergy / General Electric", "AWS, Google
 * and Fastly") at its separators (`,` `;` `/` `&`-free " and "), never inside parentheses or
 * brackets: "Indian Electricity Grid (POSOCO / CERC)" and "Power System Operation Corporation
 * (POSOCO, CERC)" stay one name each. An unbalanced bracket keeps the rest of the value whole.
 */

/** The names of a metadata value, trimmed, in order (empty parts dropped). */
export function splitNames(value: string | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    const name = value.slice(start, end).trim();
    if (name !== '') names.push(name);
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && depth > 0) depth--;
    else if (depth === 0 && (ch === ',' || ch === ';' || ch === '/')) {
      // "Amazon.com, Inc." keeps its legal suffix.
      if (ch === ',' && /^\s*(?:inc|ltd|llc|plc|gmbh|corp|co)\b\.?/iu.test(value.slice(i + 1))) continue;
      push(i);
      start = i + 1;
    } else if (depth === 0 && /\s/u.test(ch) && /^\s+and\s+/u.test(value.slice(i)) && !/^\s+and\s+(?:the\s+)?\p{Ll}/u.test(value.slice(i))) {
      push(i);
      start = i + (/^\s+and\s+/u.exec(value.slice(i))?.[0].length ?? 0);
      i = start - 1;
    }
  }
  push(value.length);
  return names;
}
