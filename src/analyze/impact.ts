/**
 * Impact figures: a number (digits, a percentage or number words, optionally qualified by
 * "over", "more than", "nearly", ...) followed within three words by what was affected
 * ("over 20,000 reported problems", "30% of users", "thousands of customers").
 * HTTP status codes ("500 errors") are not impact figures.
 */
import type { Fact, Sentence } from '../model/document.js';
import { sentenceIndexAt, toTextSpan } from './evidence.js';

/** Most impact figures kept per text. */
export const MAX_IMPACT = 6;

const QUALIFIER_WORDS = '(?:more than|less than|fewer than|just over|just under|well over|over|nearly|almost|about|around|approximately|roughly|some|up to|at least|an estimated|tens of|hundreds of)';
/** The qualifiers, first letter in either case ("Over 20,000 ..."). */
const QUALIFIER = `(?:${QUALIFIER_WORDS.replace(/(^\(\?:|\|)([a-z])/g, (_m, sep: string, c: string) => `${sep}[${c}${c.toUpperCase()}]`)}\\s+)?`;
const AMOUNT =
  '(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(?:%|percent|per cent)|\\s*(?:k|m|thousand|million|billion)\\b)?|(?:thousands|millions|hundreds|dozens|tens of thousands|hundreds of thousands)(?=\\s+of)|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|a thousand|a million)\\s+(?:hundred|thousand|million|billion)?';
const AFFECTED =
  'problems|reports|outage reports|complaints|users|customers|clients|subscribers|people|accounts|sites|websites|domains|businesses|companies|merchants|sellers|organizations|organisations|requests|queries|calls|transactions|orders|payments|messages|emails|servers|instances|hosts|machines|nodes|volumes|databases|clusters|repositories|repos|services|apps|applications|devices|players|visitors|traffic|page views|downloads|builds|jobs|deployments|errors';
const IMPACT = new RegExp(
  `(?<![\\w.,$£€])${QUALIFIER}(?:${AMOUNT})(?:\\s+of)?(?:\\s+(?:the|our|their|its|all|active|affected|impacted|reported|daily|monthly|unique|paying|registered|global|[a-z]+-[a-z]+|[A-Z][a-zA-Z]+)){0,3}\\s+(?:${AFFECTED})\\b`,
  'g',
);
const STATUS_CODE = /^[45]\d\d\b/;

/** Impact figures of the text, each with its sentence; at most {@link MAX_IMPACT}, first first. */
export function findImpact(text: string, sentences: readonly Sentence[]): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  // One scan of the whole text; a figure belongs to the sentence it starts in and must end there.
  for (const match of text.matchAll(IMPACT)) {
    const value = match[0].trim();
    const start = match.index + match[0].indexOf(value);
    const index = sentenceIndexAt(sentences, start);
    const sentence = sentences[index];
    if (sentence === undefined || start + value.length > sentence.end) continue;
    const bare = value.replace(/^(?:\D+\s)?/, '');
    if (STATUS_CODE.test(bare) && /errors?\b/i.test(value)) continue;
    if (/^\d{4}\s/.test(value) && /^(?:19|20)\d\d/.test(value)) continue;
    const key = value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    facts.push({ value, evidence: toTextSpan(text, sentence), from: 'text' });
    if (facts.length >= MAX_IMPACT) return facts;
  }
  return facts;
}
