import { createHash } from 'node:crypto';
import { foldName } from './provider-key.js';

/** Lower-case ASCII words joined by dashes, at most `maxWords` words and `maxLength` characters. */
export function slugify(text: string, maxWords = 8, maxLength = 60): string {
  const words = foldName(text).split(' ').filter((w) => w !== '').slice(0, maxWords);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}

/** A short, stable hex hash of `text` (first `length` hex digits of its SHA-256). */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
