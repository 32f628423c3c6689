/**
 * The in-memory shape of one generated article, before it is rendered to a file format.
 */
import type { CauseLabel, LayerLabel } from '../../../src/model/document.js';

/** One block of article body. */
export type ArticleBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'quote'; text: string };

/** A reader comment of a generated article. */
export interface GeneratedComment {
  /** Commenter name. */
  author: string;
  /** Commenter's website, when given. */
  url: string | null;
  /** ISO date-time of the comment. */
  published: string;
  /** Paragraphs of the comment. */
  paragraphs: string[];
  /** True when the comment is a reply to the previous top-level comment (HTML nests it). */
  reply: boolean;
}

/** How the article is written, which decides the certainty of its failure statements. */
export type ArticleVoice = 'operator' | 'news' | 'blog';

/** A generated article with its ground truth. */
export interface GeneratedArticle {
  /** Index of the article in the corpus (0-based). */
  index: number;
  title: string;
  /** URL-safe slug of the title. */
  slug: string;
  /** Publication date-time, ISO (`YYYY-MM-DDTHH:MM:00Z`). */
  published: string;
  author: string;
  /** Canonical URL of the article. */
  url: string;
  /** Name of the publication (or the operator's blog). */
  publication: string;
  /** Provider display name. */
  provider: string;
  service: string;
  /** Incident start, ISO date-time. */
  startTime: string;
  /** Outage duration in minutes. */
  durationMinutes: number;
  /** Tags for front matter. */
  tags: string[];
  /** One-sentence author summary. */
  summary: string;
  voice: ArticleVoice;
  /** Ground-truth failure layers written into the text. */
  layers: LayerLabel[];
  /** Ground-truth causes written into the text (`unknown` when none is stated). */
  causes: CauseLabel[];
  blocks: ArticleBlock[];
  comments: GeneratedComment[];
  /** Words in the body blocks (tokens containing a letter or digit). */
  words: number;
}

/** Counts words as whitespace-separated tokens that contain a letter or a digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

/** Words of one block. */
export function blockWords(block: ArticleBlock): number {
  return block.kind === 'list' ? block.items.reduce((sum, item) => sum + countWords(item), 0) : countWords(block.text);
}
