/**
 * Language identification. franc-min, restricted to the languages German news archives
 * actually contain and fed a bounded sample, costs well under a millisecond per article;
 * a function-word count gives a second opinion and a confidence with a plain meaning (the
 * share of function-word evidence that speaks for the chosen language). Where the two
 * disagree, function words decide: trigram models confuse German with Dutch on short text.
 */
import { francAll } from 'franc-min';
import type { StageFactory } from '../../core/pipeline.js';
import { FUNCTION_WORDS } from './function-words.js';

export interface LanguageConfig {
  /** Characters read from the start of the text (after skipping the title line). */
  sampleChars: number;
  /** Below this many function-word hits the guess is 'und' unless franc is confident. */
  minEvidence: number;
  /** Below this confidence, a German guess is kept but flagged 'language-uncertain'. */
  minConfidence: number;
}

const FRANC_TO_ISO1: Record<string, string> = {
  deu: 'de', eng: 'en', nld: 'nl', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl',
  ces: 'cs', swe: 'sv', dan: 'da', rus: 'ru', tur: 'tr', hun: 'hu', ron: 'ro', ukr: 'uk',
};
const FRANC_ONLY = Object.keys(FRANC_TO_ISO1);

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

export interface LanguageDecision {
  code: string;
  confidence: number;
}

export function identifyLanguage(text: string, config: LanguageConfig): LanguageDecision {
  const sample = text.slice(0, config.sampleChars);
  const counts = new Map<string, number>();
  let total = 0;
  for (const match of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    const langs = LOOKUP.get(match[0]);
    if (!langs) continue;
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length);
    total += 1;
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const fwBest = ranked[0];
  const francBest = francAll(sample, { only: FRANC_ONLY, minLength: 10 })[0];
  const francCode = francBest && francBest[0] !== 'und' ? FRANC_TO_ISO1[francBest[0]] ?? 'und' : 'und';

  if (!fwBest || total < config.minEvidence) {
    // Too little function-word evidence (a headline, a list, a table): trust franc, modestly.
    return { code: francCode, confidence: francCode === 'und' ? 0 : 0.5 };
  }
  const [code, hits] = fwBest;
  return { code, confidence: round(hits / total) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export const languageStage: StageFactory<LanguageConfig> = {
  name: 'language',
  requires: [],
  assigns: ['language'],
  germanOnly: false,
  defaults: { sampleChars: 2000, minEvidence: 4, minConfidence: 0.6 },
  create(config) {
    return {
      name: 'language',
      requires: [],
      assigns: ['language'],
      run(doc) {
        const guess = identifyLanguage(doc.text, config);
        doc.layers.language = guess;
        if (guess.code !== 'de' && guess.code !== 'und') {
          doc.notGerman = true;
          doc.diagnostics.push({
            code: 'not-german',
            severity: 'warning',
            stage: 'language',
            message: `text looks like '${guess.code}' (confidence ${guess.confidence}), not German: German layers left empty`,
          });
        } else if (guess.code === 'und' || guess.confidence < config.minConfidence) {
          doc.diagnostics.push({
            code: 'language-uncertain',
            severity: 'info',
            stage: 'language',
            message: `language could not be determined with confidence (${guess.code}, ${guess.confidence}); analysed as German`,
          });
        }
      },
    };
  },
};
