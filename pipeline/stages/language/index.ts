/**
 * Language identification. franc-min, restricted to the languages German news archives
 * actually contain and fed a bounded sample, costs well under a millisecond per article;
 * a function-word count decides, with a confidence that has a plain meaning (the share of
 * function-word evidence that speaks for the chosen language): trigram models confuse German
 * with Dutch and Low German on short text, function words rarely do. franc decides only where
 * there are too few function words to count (a headline, a list of names).
 */
import { francAll } from 'franc-min';
import type { StageFactory } from '../../core/pipeline.js';
import { FUNCTION_WORDS } from './function-words.js';
import { FormIndex } from '../../core/forms.js';
import { classesAt, LETTER } from '../../core/chars.js';

export interface LanguageConfig {
  /** Characters read from the start of the text (after skipping the title line). */
  sampleChars: number;
  /** Below this many function-word hits the guess is 'und' unless franc is confident. */
  minEvidence: number;
  /** Below this confidence the guess is flagged 'language-uncertain' (and analysed as German). */
  minConfidence: number;
}

const FRANC_TO_ISO1: Record<string, string> = {
  deu: 'de', eng: 'en', nld: 'nl', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', pol: 'pl',
  ces: 'cs', swe: 'sv', dan: 'da', rus: 'ru', tur: 'tr', hun: 'hu', ron: 'ro', ukr: 'uk',
};
const FRANC_ONLY = Object.keys(FRANC_TO_ISO1);

/**
 * The languages of each function word, found by the characters of a word where it stands in
 * the sample (core/forms.ts FormIndex): no substring and no string hashing per word.
 */
const LOOKUP = (() => {
  const langsOf = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of words) langsOf.set(w, [...(langsOf.get(w) ?? []), lang]);
  }
  const index = new FormIndex<{ text: string; langs: string[] }>(langsOf.size);
  for (const [text, langs] of langsOf) index.add({ text, langs });
  return index;
})();

export interface LanguageDecision {
  code: string;
  confidence: number;
}

/** Quoted speech is often in the speaker's language, not the article's: leave it out. */
const QUOTED = /„[^“”"\n]{0,400}[“”"]|»[^«\n]{0,400}«|«[^»\n]{0,400}»|"[^"\n]{0,400}"|“[^”\n]{0,400}”/g;

export function languageSample(text: string, maxChars: number): string {
  const head = text.slice(0, maxChars);
  const unquoted = head.replace(QUOTED, ' ');
  return unquoted.trim().length >= head.trim().length / 3 ? unquoted : head;
}

export function identifyLanguage(text: string, config: LanguageConfig): LanguageDecision {
  const sample = languageSample(text, config.sampleChars);
  const counts = new Map<string, number>();
  let total = 0;
  const lower = sample.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    if (!isLetterAt(lower, i)) {
      i++;
      continue;
    }
    const start = i;
    do i += lower.charCodeAt(i) >= 0xd800 && lower.charCodeAt(i) <= 0xdbff && i + 1 < lower.length ? 2 : 1;
    while (i < lower.length && isLetterAt(lower, i));
    const id = LOOKUP.idOf(lower, start, i);
    if (id < 0) continue;
    const langs = LOOKUP.entry(id).langs;
    for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1 / langs.length);
    total += 1;
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const fwBest = ranked[0];
  if (fwBest && total >= config.minEvidence) return { code: fwBest[0], confidence: round(fwBest[1] / total) };

  // Too few function words for their share to mean much (a headline, a one-line teaser).
  // Trigram models are unreliable on a handful of words (franc calls "Moskau schweigt."
  // Swedish), so German spelling decides first, franc only where nothing else speaks.
  if (fwBest?.[0] === 'de' || (!fwBest && GERMAN_SPELLING.test(sample))) return { code: 'de', confidence: 0.5 };
  const francBest = francAll(sample, { only: FRANC_ONLY, minLength: 10 })[0];
  const francCode = francBest && francBest[0] !== 'und' ? FRANC_TO_ISO1[francBest[0]] ?? 'und' : 'und';
  if (!fwBest) return { code: francCode, confidence: francCode === 'und' ? 0 : 0.3 };
  return { code: fwBest[0], confidence: francCode === fwBest[0] ? 0.6 : 0.3 };
}

/** Is the character at text[i] a letter (\p{L}, as the words of the sample are counted)? */
function isLetterAt(text: string, i: number): boolean {
  return (classesAt(text, i) & LETTER) !== 0;
}

/** Letters and letter groups typical of German spelling and rare in the other candidates. */
const GERMAN_SPELLING = /[äöüß]|sch|cht|ung\b|keit\b|lich/i;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export const languageStage: StageFactory<LanguageConfig> = {
  name: 'language',
  requires: [],
  assigns: ['language'],
  germanOnly: false,
  defaults: { sampleChars: 1000, minEvidence: 3, minConfidence: 0.6 },
  create(config) {
    return {
      name: 'language',
      run(doc) {
        const guess = identifyLanguage(doc.text, config);
        doc.layers.language = guess;
        // A German article wrongly skipped loses everything, so only a clear foreign
        // majority marks a text as not German; a weak one is analysed and flagged.
        if (guess.code !== 'de' && guess.code !== 'und' && guess.confidence >= 0.5) {
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
