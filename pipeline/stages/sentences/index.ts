/**
 * The German sentence splitter stage: paragraphs first, then sentence boundaries inside
 * each paragraph (see ./split.ts for the passes).
 */
import type { StageFactory } from '../../core/pipeline.js';
import { span } from '../../core/span.js';
import { cutLongSentence, DEFAULT_MAX_SENTENCE_CHARS } from './length-limit.js';
import { findParagraphs } from './paragraphs.js';
import { splitParagraph } from './split.js';
import { looksTruncated } from './truncation.js';
import { Sentence } from './types.js';

export interface SentencesConfig {
  /** Treat a paragraph without final punctuation as a headline. */
  detectHeadlines: boolean;
  /** Cut longer sentences at their best breaks (see ./length-limit.ts). */
  maxSentenceChars: number;
}

const DEFAULTS: SentencesConfig = { detectHeadlines: true, maxSentenceChars: DEFAULT_MAX_SENTENCE_CHARS };

/** A sentence longer than the limit, and the number of pieces it was cut into. */
export interface CutSentence {
  start: number;
  end: number;
  pieces: number;
}

export function splitSentences(text: string, options: Partial<SentencesConfig> = {}) {
  const config = { ...DEFAULTS, ...options };
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  const cut: CutSentence[] = [];
  let bodySeen = false;
  paragraphs.forEach((para, p) => {
    const pieces = splitParagraph(text, para, { detectHeadlines: config.detectHeadlines, articleStart: !bodySeen });
    for (const s of pieces) {
      if (s.end - s.start > config.maxSentenceChars) {
        const parts = cutLongSentence(text, s.start, s.end, config.maxSentenceChars);
        for (const part of parts) sentences.push(new Sentence(part.start, part.end, sentences.length, p, 'sentence'));
        cut.push({ start: s.start, end: s.end, pieces: parts.length });
      } else {
        sentences.push(new Sentence(s.start, s.end, sentences.length, p, s.kind));
      }
      if (s.kind !== 'headline') bodySeen = true;
    }
  });
  return { paragraphs, sentences, cut };
}

export const sentencesStage: StageFactory<SentencesConfig> = {
  name: 'sentences',
  requires: [],
  assigns: ['paragraphs', 'sentences'],
  germanOnly: false,
  defaults: DEFAULTS,
  create(config) {
    return {
      name: 'sentences',
      run(doc) {
        const { paragraphs, sentences, cut } = splitSentences(doc.text, config);
        doc.layers.paragraphs = paragraphs;
        doc.layers.sentences = sentences;
        for (const c of cut) {
          doc.diagnostics.push({
            code: 'long-sentence',
            severity: 'warning',
            stage: 'sentences',
            message:
              `document '${doc.id}': a sentence of ${c.end - c.start} characters (more than ${config.maxSentenceChars}) ` +
              `was cut into ${c.pieces} pieces at line breaks, punctuation or spaces; quotes and stances across the cuts are not found`,
            span: span(c.start, c.end),
          });
        }
        if (looksTruncated(doc.text, sentences)) {
          const last = sentences[sentences.length - 1]!;
          doc.diagnostics.push({
            code: 'truncated',
            severity: 'warning',
            stage: 'sentences',
            message: `document '${doc.id}' seems cut off: its last sentence has no final punctuation`,
            span: span(last.start, last.end),
          });
        }
      },
    };
  },
};
