/**
 * The German sentence splitter stage: paragraphs first, then sentence boundaries inside
 * each paragraph (see ./split.ts for the passes).
 */
import type { StageFactory } from '../../core/pipeline.js';
import { span } from '../../core/span.js';
import { findParagraphs } from './paragraphs.js';
import { splitParagraph } from './split.js';
import { looksTruncated } from './truncation.js';
import { Sentence } from './types.js';

export interface SentencesConfig {
  /** Treat a paragraph without final punctuation as a headline. */
  detectHeadlines: boolean;
}

export function splitSentences(text: string, config: SentencesConfig = { detectHeadlines: true }) {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  let bodySeen = false;
  paragraphs.forEach((para, p) => {
    const pieces = splitParagraph(text, para, { detectHeadlines: config.detectHeadlines, articleStart: !bodySeen });
    for (const s of pieces) {
      sentences.push(new Sentence(s.start, s.end, sentences.length, p, s.kind));
      if (s.kind !== 'headline') bodySeen = true;
    }
  });
  return { paragraphs, sentences };
}

export const sentencesStage: StageFactory<SentencesConfig> = {
  name: 'sentences',
  requires: [],
  assigns: ['paragraphs', 'sentences'],
  germanOnly: false,
  defaults: { detectHeadlines: true },
  create(config) {
    return {
      name: 'sentences',
      run(doc) {
        const { paragraphs, sentences } = splitSentences(doc.text, config);
        doc.layers.paragraphs = paragraphs;
        doc.layers.sentences = sentences;
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
