import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline, type InputDocument } from '../pipeline/index.js';
import { layer } from '../pipeline/core/document.js';
import { sentenceWords } from '../pipeline/stages/entities/words.js';
import { collectDocNames, detectSentence, type Candidate } from '../pipeline/stages/entities/detect.js';

const prepare = createPipeline({ stages: ['sentences', 'tokens'] });

/** The candidates of a document, each word asked the rules the table gives it, or every rule. */
function candidates(input: InputDocument, askEveryRule: boolean): Candidate[] {
  const doc = prepare.process(input);
  const sws = sentenceWords(doc.text, layer(doc, 'sentences'), layer(doc, 'tokens'));
  const ctx = { doc: collectDocNames(sws), offset: 0 };
  const out: Candidate[] = [];
  for (const sw of sws) {
    ctx.offset = out.length;
    out.push(...detectSentence(sw, ctx, askEveryRule));
  }
  return out;
}

function texts(): InputDocument[] {
  const docs: InputDocument[] = [];
  const spkatt = join(__dirname, '..', '..', 'shared', 'data', 'spkatt-wikinews-train.jsonl');
  try {
    const lines = readFileSync(spkatt, 'utf8').split('\n').filter(Boolean).slice(0, 200);
    for (const line of lines) {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      docs.push({ id, text, meta: {} });
    }
  } catch {
    // (The SpkAtt texts live beside the checkout; the corpora are enough without them.)
  }
  const corpora = join(__dirname, '..', 'corpora');
  for (const file of readdirSync(corpora).filter((f) => f.endsWith('.txt'))) docs.push({ id: file, text: readFileSync(join(corpora, file), 'utf8'), meta: {} });
  return docs;
}

describe('the rule table of the mention detector (entities/detect.ts RULES)', () => {
  it('gives each word every rule that can take it: asking every rule finds the same mentions', () => {
    const docs = texts();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(candidates(doc, false), doc.id).toEqual(candidates(doc, true));
  });
});
