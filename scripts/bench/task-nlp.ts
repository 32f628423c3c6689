/**
 * Bench task: wink-nlp's bare full-pipeline `readDoc` (a fresh default instance) against
 * Faultline's analyse+tag stage over the same texts, on one core, in one process. Batches
 * alternate between the two so machine load (other processes) hits both alike.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { loadTextSample, type TextSource } from './bench-texts.js';
import { importCode } from './code-snapshot.js';

/** Input of the NLP task. */
export interface NlpTaskInput extends TextSource {
  /** Root of the measured code (default: the working tree). */
  codeRoot?: string;
}

/** Time and tokens of one side of the comparison. */
export interface NlpSide {
  /** Total ms over the sample. */
  ms: number;
  /** Ms over article texts only. */
  articleMs: number;
  /** Ms over comment texts only. */
  commentMs: number;
  /** Tokens per second (tokens counted by the bare readDoc). */
  tokensPerS: number;
  /** Tokens per second over articles only. */
  articleTokensPerS: number;
  /** UTF-8 MB of text per second. */
  mbPerS: number;
}

/** What the NLP task reports. */
export interface NlpTaskResult {
  from: string;
  documents: number;
  comments: number;
  /** UTF-8 bytes of the sample's texts. */
  bytes: number;
  truncated: boolean;
  /** Tokens the bare readDoc found in articles and in comments. */
  tokens: { articles: number; comments: number; total: number };
  bare: NlpSide;
  /** null when the analysis modules are not available. */
  stage: NlpSide | null;
  /** stage tokens/s divided by bare tokens/s (whole stage; articles only). */
  ratio: number | null;
  articleRatio: number | null;
  /** Why the stage was not measured, when it was not. */
  stageError?: string;
}

const BATCH = 25;
const WARMUP_DOCS = 20;

function side(ms: number, articleMs: number, commentMs: number, tokens: { articles: number; total: number }, bytes: number): NlpSide {
  return {
    ms: Math.round(ms),
    articleMs: Math.round(articleMs),
    commentMs: Math.round(commentMs),
    tokensPerS: Math.round(tokens.total / (ms / 1000)),
    articleTokensPerS: Math.round(tokens.articles / (articleMs / 1000)),
    mbPerS: Math.round((bytes / 1e6 / (ms / 1000)) * 100) / 100,
  };
}

/** Measures bare wink and the analyse+tag stage over the sample. */
export async function run(input: NlpTaskInput): Promise<NlpTaskResult> {
  const sample = await loadTextSample(input);
  const docs = sample.documents;
  const bare = winkNLP(model);

  interface Analysis {
    analyzeText: (text: string, ctx: object) => { sentences: { start: number; end: number }[]; pos: unknown; facts: { providers: { value: string }[] } };
    analyzeComment: (text: string) => { sentences: { start: number; end: number }[]; pos: unknown };
    readReport: (input: object, options?: { isComment?: boolean }) => unknown;
  }
  let analysis: Analysis | null = null;
  let stageError: string | undefined;
  try {
    const analyze = await importCode<typeof import('../../src/analyze/analyze-text.js')>(input.codeRoot, 'src/analyze/analyze-text.ts');
    const tag = await importCode<typeof import('../../src/tag/tag-document.js')>(input.codeRoot, 'src/tag/tag-document.ts');
    analysis = { analyzeText: analyze.analyzeText, analyzeComment: analyze.analyzeComment, readReport: tag.readReport } as unknown as Analysis;
  } catch (error) {
    stageError = `analyse/tag modules not available: ${(error as Error).message.split('\n')[0]}`;
  }

  const readAll = (from: number, to: number, count: boolean, t: { articleMs: number; commentMs: number }, tokens: { articles: number; comments: number }): void => {
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      let start = performance.now();
      const d = bare.readDoc(doc.text);
      if (count) tokens.articles += d.tokens().length();
      let now = performance.now();
      t.articleMs += now - start;
      for (const c of doc.comments) {
        start = now;
        const cd = bare.readDoc(c.text);
        if (count) tokens.comments += cd.tokens().length();
        now = performance.now();
        t.commentMs += now - start;
      }
    }
  };
  const analyseAll = (from: number, to: number, t: { articleMs: number; commentMs: number }): void => {
    const a = analysis!;
    for (let i = from; i < to; i++) {
      const doc = docs[i]!;
      let start = performance.now();
      const result = a.analyzeText(doc.text, { title: doc.title, published: doc.published, company: doc.company, product: doc.product, startTime: doc.startTime });
      const providers = result.facts.providers.map((p) => p.value);
      a.readReport({ text: doc.text, sentences: result.sentences, pos: result.pos, title: doc.title, company: doc.company, providers });
      let now = performance.now();
      t.articleMs += now - start;
      for (const c of doc.comments) {
        start = now;
        const comment = a.analyzeComment(c.text);
        a.readReport({ text: c.text, sentences: comment.sentences, pos: comment.pos, company: doc.company }, { isComment: true });
        now = performance.now();
        t.commentMs += now - start;
      }
    }
  };

  // Warm up both (JIT, lazy model loading, custom entity learning).
  const warm = Math.min(WARMUP_DOCS, docs.length);
  readAll(0, warm, false, { articleMs: 0, commentMs: 0 }, { articles: 0, comments: 0 });
  if (analysis !== null) {
    try {
      analyseAll(0, warm, { articleMs: 0, commentMs: 0 });
    } catch (error) {
      stageError = `analyse+tag failed: ${(error as Error).message.split('\n')[0]}`;
      analysis = null;
    }
  }

  const tokens = { articles: 0, comments: 0 };
  const bareT = { articleMs: 0, commentMs: 0 };
  const stageT = { articleMs: 0, commentMs: 0 };
  for (let from = 0; from < docs.length; from += BATCH) {
    const to = Math.min(docs.length, from + BATCH);
    readAll(from, to, true, bareT, tokens);
    if (analysis !== null) analyseAll(from, to, stageT);
  }
  const total = tokens.articles + tokens.comments;
  const tok = { articles: tokens.articles, total };
  const bareSide = side(bareT.articleMs + bareT.commentMs, bareT.articleMs, bareT.commentMs, tok, sample.bytes);
  const stageSide = analysis === null ? null : side(stageT.articleMs + stageT.commentMs, stageT.articleMs, stageT.commentMs, tok, sample.bytes);
  return {
    from: sample.from,
    documents: docs.length,
    comments: docs.reduce((n, d) => n + d.comments.length, 0),
    bytes: sample.bytes,
    truncated: sample.truncated,
    tokens: { articles: tokens.articles, comments: tokens.comments, total },
    bare: bareSide,
    stage: stageSide,
    ratio: stageSide === null ? null : Math.round((stageSide.tokensPerS / bareSide.tokensPerS) * 1000) / 1000,
    articleRatio: stageSide === null ? null : Math.round((stageSide.articleTokensPerS / bareSide.articleTokensPerS) * 1000) / 1000,
    ...(stageError === undefined ? {} : { stageError }),
  };
}
