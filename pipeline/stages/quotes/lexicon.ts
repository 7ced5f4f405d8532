/**
 * The quote stage's verb knowledge, compiled once from the data files in ./de into lookup
 * maps: speech verb forms → lemma entries, the sets of Konjunktiv forms, and the forms of the
 * verbs that do or do not make a narrated subject a source (de/source-verbs.ts).
 */
import { SPEECH_VERB_LINES } from './de/speech-verbs.js';
import { NON_SOURCE_VERB_LINES, SOURCE_VERB_LINES } from './de/source-verbs.js';
import { KONJUNKTIV_I, KONJUNKTIV_II, LISTED_FORMS, SPEECH_FORMS } from './de/verb-forms.generated.js';

export interface SpeechVerb {
  /** The lemma as written: 'mitteilen', 'zu bedenken geben'. */
  lemma: string;
  /** Separable particle ('mit', 'zu bedenken'), or '' for a simple verb. */
  particle: string;
  /** The words of the particle (zu, bedenken), split once at load; empty for a simple verb. */
  particleWords: readonly string[];
  /** Words of which the clause must contain one ('davon' for "davon ausgehen"); empty: none. */
  requires: string[];
  /** Takes a zu-infinitive as its content ("forderte … auf, … zu …"). */
  infinitive: boolean;
  /** Directive or commissive ("fordern", "versprechen"): an indicative main clause is no content. */
  directive: boolean;
  /** Counts only with an explicit content clause. */
  weak: boolean;
  /** A verb of evidence ("zeigen", "hindeuten"): reports only with a speaker as subject. */
  evidence?: boolean;
  /** A speech-act noun standing in for a verb ("die Forderung, … zu …"): only a content clause counts. */
  noun?: boolean;
}

export interface FormReading {
  verb: SpeechVerb;
  /** The particle is already attached (verb-final "mitteilte", participle "angekündigt"). */
  joined: boolean;
}

function parseVerbs(): Map<string, SpeechVerb> {
  const out = new Map<string, SpeechVerb>();
  for (const raw of SPEECH_VERB_LINES.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const [word, ...rest] = line.split(/\s+(?=[+!~&^])/);
    const key = word!.trim();
    const bar = key.lastIndexOf('|');
    const particle = bar < 0 ? '' : key.slice(0, bar);
    const base = bar < 0 ? key : key.slice(bar + 1);
    const flags = rest.join(' ');
    const required = /\+(\S+)/.exec(flags)?.[1];
    const lemma = particle ? (particle.includes(' ') ? `${particle} ${base}` : `${particle}${base}`) : base;
    const existing = out.get(key);
    out.set(key, {
      lemma,
      particle,
      particleWords: particle ? particle.split(' ') : [],
      requires: required ? [...(existing?.requires ?? []), required] : existing?.requires.length ? [] : [],
      infinitive: flags.includes('!') || flags.includes('&') || (existing?.infinitive ?? false),
      directive: flags.includes('!') || (existing?.directive ?? false),
      weak: flags.includes('~') && (existing ? existing.weak : true),
      evidence: flags.includes('^') || (existing?.evidence ?? false),
    });
  }
  return out;
}

function parseForms(verbs: Map<string, SpeechVerb>): Map<string, FormReading[]> {
  const out = new Map<string, FormReading[]>();
  for (const line of SPEECH_FORMS.split('\n')) {
    if (!line) continue;
    const [form, ...keys] = line.split(' ');
    const readings: FormReading[] = [];
    for (const k of keys) {
      const joined = k.startsWith('=');
      const verb = verbs.get(joined ? k.slice(1) : k);
      if (verb) readings.push({ verb, joined });
    }
    // Multi-word keys ("zu bedenken|geben") were split by the space above: re-read them.
    for (let i = 0; i < keys.length - 1; i++) {
      const k = `${keys[i]} ${keys[i + 1]}`;
      const joined = k.startsWith('=');
      const verb = verbs.get(joined ? k.slice(1) : k);
      if (verb) readings.push({ verb, joined });
    }
    if (readings.length > 0) out.set(form!, readings);
  }
  return out;
}

const wordSet = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const SPEECH_VERBS: ReadonlyMap<string, SpeechVerb> = parseVerbs();
export const SPEECH_VERB_FORMS: ReadonlyMap<string, FormReading[]> = parseForms(SPEECH_VERBS as Map<string, SpeechVerb>);
export const KONJUNKTIV_I_FORMS = wordSet(KONJUNKTIV_I);
export const KONJUNKTIV_II_FORMS = wordSet(KONJUNKTIV_II);

/**
 * The readings of a form that need a word elsewhere in the sentence: a split particle or a
 * required word (cues.ts). Counted once per form (words.ts), not per occurrence.
 */
export function checkedReadings(readings: readonly FormReading[]): number {
  let n = 0;
  for (const { verb, joined } of readings) if (verb.requires.length > 0 || verb.particle && !joined) n++;
  return n;
}

/**
 * The words a reading may need elsewhere in its sentence: the last word of every particle (the
 * word findParticle looks for) and every required word. Only words of these forms can decide
 * such a reading, so cues.ts collects only them from a sentence.
 */
export const CHECKED_WORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const verb of SPEECH_VERBS.values()) {
    if (verb.particle) out.add(verb.particleWords[verb.particleWords.length - 1]!);
    for (const r of verb.requires) out.add(r);
  }
  return out;
})();

/** A reading of a verb form in a list of de/source-verbs.ts. */
export interface ListedVerb {
  /** Separable particle that must stand later in the clause ('' when none or joined). */
  particle: string;
  /** Words of which the clause must hold one (lower case); empty: none. */
  requires: readonly string[];
}

/**
 * Verb forms of a list in de/source-verbs.ts → their readings. The list names the verbs
 * (`particle|base`, `+word` conditions); their forms come from LISTED_FORMS, generated
 * from the same lines: a split form of a separable verb needs its particle later in the
 * clause, a joined one ("festnahm", "festgenommen", key marked '=') does not.
 */
function listedVerbForms(lines: string): ReadonlyMap<string, readonly ListedVerb[]> {
  const verbs = new Map<string, ListedVerb[]>();
  for (const raw of lines.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [verb, ...companions] = line.split(/\s+/) as [string, ...string[]];
    const requires = companions.map((c) => c.slice(1));
    const bar = verb.indexOf('|');
    const particle = bar < 0 ? '' : verb.slice(0, bar);
    const list = verbs.get(verb) ?? [];
    list.push({ particle, requires });
    verbs.set(verb, list);
  }
  const out = new Map<string, ListedVerb[]>();
  for (const line of LISTED_FORMS.split('\n')) {
    if (!line) continue;
    const [form, ...keys] = line.split(' ') as [string, ...string[]];
    for (const k of keys) {
      const joined = k.startsWith('=');
      for (const v of verbs.get(joined ? k.slice(1) : k) ?? []) {
        const list = out.get(form) ?? [];
        list.push(joined ? { particle: '', requires: v.requires } : v);
        out.set(form, list);
      }
    }
  }
  return out;
}

/** Verbs of investigation, publication, assessment, decision: their subject is a source. */
export const SOURCE_VERB_FORMS = listedVerbForms(SOURCE_VERB_LINES);
/** Verbs of state, origin, possession, transfer, motion: their subject is not. */
export const NON_SOURCE_VERB_FORMS = listedVerbForms(NON_SOURCE_VERB_LINES);
