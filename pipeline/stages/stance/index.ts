/**
 * The stance stage: for every quote (quotes layer, when present) and for the author's text,
 * who is for or against what, with the words that show it. Uses the entities and mentions
 * layers when present for holder and target ids; works without them on plain sentences.
 * Passes per sentence: cues (lexicon lookup, phrases, separable particles) → modifiers
 * (negation, intensity, hedges, contrast, question) → targets → per-quote and per-holder
 * aggregation → the holder–target summary.
 */
import type { StageFactory } from '../../core/pipeline.js';
import type { Doc } from '../../core/document.js';
import type { TextSpan } from '../../core/span.js';
import { getLexicon } from './lexicon.js';
import { authorStances, quoteStances, releaseStanceContext } from './stance.js';
import { summariseStances } from './summary.js';
import type { Stance } from './types.js';

export { stanceOfSpan, AUTHOR } from './stance.js';

export interface StanceConfig {
  /** Also report stances in unquoted text (the author's voice and attitudes the author reports). */
  authorVoice: boolean;
}

export function annotateStances(doc: Doc, config: StanceConfig = { authorVoice: true }): Stance[] {
  const quotes = Array.isArray(doc.layers.quotes) ? doc.layers.quotes : null;
  const stances: Stance[] = quotes ? quoteStances(doc, quotes) : [];
  if (config.authorVoice) {
    const quoted = quotes ? quotes.map((q) => q.span) : quotedStretches(doc.text);
    const quoteCues: TextSpan[] = [];
    if (quotes) for (const q of quotes) if (q.cue) quoteCues.push(q.cue.span);
    for (const st of authorStances(doc, quoted, quoteCues)) stances.push(st);
  }
  stances.sort((a, b) => a.sentence - b.sentence || (a.quote === null ? 1 : 0) - (b.quote === null ? 1 : 0));
  return stances;
}

const OPEN_CLOSE: Record<string, string> = { '„': '“', '“': '”', '»': '«', '«': '»', '"': '"', '”': '”' };
const QUOTE_OR_BREAK = /[„“”»«"\n]/g;
/**
 * Without a quotes layer, text between quotation marks that reads like a statement (four
 * words or more) is not the author's voice; shorter quoted phrases stay (scare quotes,
 * labels). A crude stand-in until the quotes stage is in the pipeline.
 */
function quotedStretches(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let open = -1;
  let close = '';
  QUOTE_OR_BREAK.lastIndex = 0;
  for (let m = QUOTE_OR_BREAK.exec(text); m; m = QUOTE_OR_BREAK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (open < 0 && OPEN_CLOSE[ch] !== undefined) {
      open = i;
      close = OPEN_CLOSE[ch]!;
    } else if (open >= 0 && (ch === close || (close === '“' && ch === '"'))) {
      if (text.slice(open + 1, i).split(/\s+/).length >= 4) out.push({ start: open + 1, end: i });
      open = -1;
    } else if (open >= 0 && ch === '\n') {
      open = -1;
    }
  }
  return out;
}

export const stanceStage: StageFactory<StanceConfig> = {
  name: 'stance',
  requires: ['sentences', 'tokens', 'mentions', 'entities', 'quotes'],
  assigns: ['stances', 'stanceSummary'],
  germanOnly: true,
  defaults: { authorVoice: true },
  create(config) {
    getLexicon();
    return {
      name: 'stance',
      run(doc) {
        const stances = annotateStances(doc, config);
        doc.layers.stances = stances;
        doc.layers.stanceSummary = summariseStances(stances);
        releaseStanceContext(doc);
      },
    };
  },
};
