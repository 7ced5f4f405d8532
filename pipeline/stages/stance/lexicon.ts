/**
 * Compiles the polarity data files (./de/*.ts) once into lookup tables: a Map from every
 * lowercase word form to the cues it can be, the compound heads for noun compounds, and the
 * multiword phrases indexed by their first word. Built at first use, shared by all documents.
 */
import { ADJECTIVES } from './de/adjectives.js';
import { NOUNS, PRODUCTIVE_HEADS } from './de/nouns.js';
import { PHRASES } from './de/phrases.js';
import {
  ABSENCE_AFTER, ABSENCE_PAIRS, EMPHATIC_AFTER, EMPHATIC_BEFORE, FALL_VERBS, LESS_WORDS, MORE_WORDS, NEGATED_SUFFICIENCY, PROHIBITIVE_MODALS,
  RISE_VERBS, SO_MORE_WORDS, ATTENTION_NOUNS, ATTENTION_VERBS,
} from './de/quantities.js';
import { VERBS } from './de/verbs.js';
import { adjectiveForms, joinedParticleForms, nounForms, verbForms } from './inflect.js';
import {
  AUXILIARIES, CLAUSE_WORDS, CONTRAST_AFTER, DETERMINERS, HEDGES, INTENSIFIERS, NEGATORS, NON_NOUNS, OBLIQUE_DETERMINERS, PREPOSITIONS,
  PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS,
} from './de/modifiers.js';

/**
 * Closed-class membership as bits on the word's index entry, so that the per-token passes
 * test a bit instead of looking the word up in a dozen sets.
 */
/**
 * The forms of the change verbs (de/quantities.ts): joined forms by direction (+1 up, −1
 * down), and the finite forms of a separable verb that stand apart from their particle
 * ("nimmt … zu", "baut … ab") with the particle and direction they need.
 */
export const CHANGE_FORMS = changeForms();

function changeForms() {
  const rise: string[] = [];
  const fall: string[] = [];
  const separated = new Map<string, Array<{ particle: string; direction: number }>>();
  const add = (verbs: readonly string[], into: string[], direction: number) => {
    for (const v of verbs) {
      const [particle, core] = v.includes('|') ? v.split('|') as [string, string] : ['', v];
      const forms = verbForms(core);
      if (particle === '') {
        into.push(...forms.finite, forms.infinitive, ...forms.participles);
        continue;
      }
      into.push(...joinedParticleForms(particle, forms));
      for (const f of forms.finite) {
        const list = separated.get(f) ?? [];
        list.push({ particle, direction });
        separated.set(f, list);
      }
    }
  };
  add(RISE_VERBS, rise, 1);
  add(FALL_VERBS, fall, -1);
  return { rise, fall, separated: separated as ReadonlyMap<string, ReadonlyArray<{ particle: string; direction: number }>> };
}

/** Every form of the attention verbs (with a separable particle joined or apart) and the attention nouns. */
function attentionForms(): string[] {
  const out: string[] = [...ATTENTION_NOUNS];
  for (const v of ATTENTION_VERBS) {
    const f = verbForms(v);
    out.push(...f.finite, f.infinitive, ...f.participles);
    // zuhören, anhören, nachfragen: the participle and zu-infinitive carry the particle inside
    const particle = ['zu', 'an', 'nach'].find((p) => v.startsWith(p) && v.length > p.length + 4);
    if (particle) out.push(...joinedParticleForms(particle, verbForms(v.slice(particle.length))), ...verbForms(v.slice(particle.length)).finite);
  }
  return out;
}

export const WORD = {
  DET: 1, OBLIQUE: 2, PREP: 4, CLAUSE: 8, SUBORD: 16, PRON: 32, SUBJ_PRON: 64, AUX: 128, NEG: 256, INTENS: 512,
  HEDGE: 1024, NON_NOUN: 2048, CONTRAST: 4096,
  /** Change and comparison words (de/quantities.ts): up, down, a separated finite form of a separable change verb. */
  RISE: 8192, FALL: 16384, CHANGE_ROOT: 32768, MORE: 65536, LESS: 131072,
  /** "mehr" of "kein … mehr", the modal of "darf nicht" (de/quantities.ts). */
  ABSENCE_END: 262144, PROHIBIT: 524288,
  /** "so viele", emphatic absence (gar kein, kein einziger), negated sufficiency (de/quantities.ts). */
  SO_MORE: 1 << 20, EMPHATIC: 1 << 21, SUFFICE: 1 << 22,
  /** Verbs and nouns of due attention (sagen, informieren, Mühe), an omission with niemand/nie. */
  ATTENTION: 1 << 23,
} as const;
const CLOSED_CLASSES: Array<[Iterable<string>, number]> = [
  [DETERMINERS, WORD.DET], [OBLIQUE_DETERMINERS, WORD.OBLIQUE], [PREPOSITIONS, WORD.PREP], [CLAUSE_WORDS, WORD.CLAUSE],
  [SUBORDINATORS, WORD.SUBORD], [PRONOUNS, WORD.PRON], [SUBJECT_PRONOUNS, WORD.SUBJ_PRON], [AUXILIARIES, WORD.AUX],
  [NEGATORS.keys(), WORD.NEG], [INTENSIFIERS.keys(), WORD.INTENS], [HEDGES, WORD.HEDGE], [NON_NOUNS, WORD.NON_NOUN],
  [CONTRAST_AFTER, WORD.CONTRAST],
  [CHANGE_FORMS.rise, WORD.RISE], [CHANGE_FORMS.fall, WORD.FALL], [CHANGE_FORMS.separated.keys(), WORD.CHANGE_ROOT],
  [MORE_WORDS, WORD.MORE], [LESS_WORDS, WORD.LESS], [[...ABSENCE_AFTER, ...ABSENCE_PAIRS.map((p) => p.split(' ')[1]!)], WORD.ABSENCE_END], [PROHIBITIVE_MODALS, WORD.PROHIBIT],
  [SO_MORE_WORDS, WORD.SO_MORE], [[...EMPHATIC_BEFORE, ...EMPHATIC_AFTER], WORD.EMPHATIC], [NEGATED_SUFFICIENCY, WORD.SUFFICE],
  [attentionForms(), WORD.ATTENTION],
];

export type CuePos = 'verb' | 'noun' | 'adj' | 'phrase';
/**
 * Where a cue's target is found: `object` (attitude verbs), `subject` (judged agent), `act`
 * (attitude noun: holder is the clause subject, target after its preposition), `self`
 * (evaluative word: what it is said of), `gen` (the genitive after the phrase), `report`
 * (labelling verb: no polarity, moves the clause's evaluation to its subject).
 */
export type TargetRole = 'object' | 'subject' | 'state' | 'report' | 'act' | 'self' | 'gen';

export interface PrepRule {
  weight: number;
  required: boolean;
}

export interface CueEntry {
  lemma: string;
  pos: CuePos;
  weight: number;
  role: TargetRole;
  preps: ReadonlyMap<string, PrepRule>;
  /** The cue counts only when one of its required prepositions introduces a phrase. */
  requiresPrep: boolean;
  /** Separable particle words, lowercase (["ab"], ["in", "frage"]), or null. */
  particle: string[] | null;
  /**
   * `@forced`: a loss verb that evaluates only as a forced consequence, with a verb of
   * necessity in its clause ("müssen wir schließen"); alone it reports an event ("schloss
   * ein Abkommen", "hat die Stadt verlassen").
   */
  onlyForced: boolean;
}

export interface FormHit {
  entry: CueEntry;
  /** A finite or participle form of a separable verb without its particle: needs the particle in the clause. */
  needsParticle: boolean;
  participle: boolean;
}

export interface PhraseWord {
  text: string;
  prefix: boolean;
}
export interface PhrasePattern {
  words: PhraseWord[];
  entry: CueEntry;
}

/**
 * The phrases that begin with one word, sorted out by the word after it, so that a token
 * tries only the patterns that can match there (after "in" only "in die …" when "die"
 * follows) instead of every pattern of its word. Each list keeps the order of `phrases`
 * (longest first), so the first pattern that matches is the same one.
 */
export interface PhraseStart {
  /** For each second word of an exact pattern: the patterns that can match when it follows. */
  bySecond: ReadonlyMap<string, readonly PhrasePattern[]>;
  /** After any other word: the one-word patterns and those whose second word is a prefix (spiel*). */
  otherwise: readonly PhrasePattern[];
  /** When no word follows: the one-word patterns. */
  alone: readonly PhrasePattern[];
}

/** Everything a word form can start: its cue readings and the phrases that begin with it. */
export interface WordEntry {
  hits?: readonly FormHit[];
  phrases?: readonly PhrasePattern[];
  /** `phrases` by the word after the first (see PhraseStart). */
  phraseStart?: PhraseStart;
  /** Closed-class bits (WORD.*). */
  flags: number;
}

export interface Lexicon {
  /** One lookup per token: forms and phrase starts together. */
  index: ReadonlyMap<string, WordEntry>;
  forms: ReadonlyMap<string, readonly FormHit[]>;
  /** Noun forms of at least five letters, for compounds (Staatsterror → Terror). */
  compoundHeads: ReadonlyMap<string, CueEntry>;
  /** Last three letters of every compound head: a cheap filter before trying the suffixes of a word. */
  compoundEndings: ReadonlySet<string>;
  phrases: ReadonlyMap<string, readonly PhrasePattern[]>;
  /** Number of lexicon entries (lemmas and phrases). */
  entries: number;
}

const WEIGHT = /^-?\d+(\.\d+)?$/;

interface Parsed {
  lemma: string;
  weight: number;
  preps: Map<string, PrepRule>;
  requiresPrep: boolean;
  flags: Set<string>;
}

function parseLine(line: string, source: string): Parsed {
  const parts = line.trim().split(/\s+/);
  const w = parts.findIndex((p) => WEIGHT.test(p));
  if (w < 1) throw new Error(`stance lexicon (${source}): no weight in '${line}'`);
  const lemma = parts.slice(0, w).join(' ');
  const weight = Number(parts[w]);
  if (!(weight >= -1 && weight <= 1)) throw new Error(`stance lexicon (${source}): weight out of range in '${line}'`);
  const preps = new Map<string, PrepRule>();
  const flags = new Set<string>();
  let requiresPrep = false;
  for (const p of parts.slice(w + 1)) {
    if (p.startsWith('@')) {
      flags.add(p.slice(1));
      continue;
    }
    const required = p.endsWith('!');
    const body = required ? p.slice(0, -1) : p;
    const [prep, pw] = body.split('=');
    preps.set(prep!.toLowerCase(), { weight: pw === undefined ? weight : Number(pw), required });
    if (required) requiresPrep = true;
  }
  return { lemma, weight, preps, requiresPrep, flags };
}

function build(): Lexicon {
  const forms = new Map<string, FormHit[]>();
  const compoundHeads = new Map<string, CueEntry>();
  const phrases = new Map<string, PhrasePattern[]>();
  let entries = 0;
  const productiveHeads = new Set(PRODUCTIVE_HEADS);
  const add = (form: string, hit: FormHit) => {
    const list = forms.get(form);
    if (!list) forms.set(form, [hit]);
    else if (!list.some((h) => h.entry === hit.entry)) list.push(hit);
  };

  for (const line of ADJECTIVES) {
    const p = parseLine(line, 'adjectives');
    entries++;
    const entry: CueEntry = { lemma: p.lemma, pos: 'adj', weight: p.weight, role: 'self', preps: p.preps, requiresPrep: false, particle: null, onlyForced: false };
    if (p.lemma.includes(' ')) {
      addPhrase(phrases, p.lemma, entry);
      continue;
    }
    for (const f of adjectiveForms(p.lemma)) add(f, { entry, needsParticle: false, participle: false });
  }

  for (const line of NOUNS) {
    const p = parseLine(line, 'nouns');
    entries++;
    const [lemma, plural] = p.lemma.split('/');
    const entry: CueEntry = {
      lemma: lemma!, pos: 'noun', weight: p.weight, role: p.flags.has('act') ? 'act' : 'self',
      preps: p.preps, requiresPrep: p.requiresPrep, particle: null, onlyForced: false,
    };
    const productive = productiveHeads.has(lemma!);
    for (const f of nounForms(lemma!, plural)) {
      add(f, { entry, needsParticle: false, participle: false });
      if (productive && f.length >= 4 && !compoundHeads.has(f)) compoundHeads.set(f, entry);
    }
  }

  for (const line of VERBS) {
    const p = parseLine(line, 'verbs');
    entries++;
    const bar = p.lemma.indexOf('|');
    const particleText = bar >= 0 ? p.lemma.slice(0, bar) : '';
    const core = bar >= 0 ? p.lemma.slice(bar + 1) : p.lemma;
    const role: TargetRole = p.flags.has('subj') ? 'subject' : p.flags.has('state') ? 'state' : p.flags.has('report') ? 'report' : 'object';
    const particle = particleText ? particleText.toLowerCase().split(' ') : null;
    const entry: CueEntry = {
      lemma: p.lemma.replace('|', '').replace(/\s+/g, ' '), pos: 'verb', weight: p.weight, role,
      preps: p.preps, requiresPrep: p.requiresPrep, particle, onlyForced: p.flags.has('forced'),
    };
    const vf = verbForms(core);
    if (!particle) {
      for (const f of vf.finite) add(f, { entry, needsParticle: false, participle: false });
      add(vf.infinitive, { entry, needsParticle: false, participle: false });
      for (const f of vf.participles) add(f, { entry, needsParticle: false, participle: true });
      continue;
    }
    // the base forms count only when the particle stands in the same clause
    for (const f of vf.finite) add(f, { entry, needsParticle: true, participle: false });
    add(vf.infinitive, { entry, needsParticle: true, participle: false });
    for (const f of vf.participles) add(f, { entry, needsParticle: true, participle: true });
    if (particle.length === 1) {
      for (const f of joinedParticleForms(particle[0]!, vf)) {
        add(f, { entry, needsParticle: false, participle: f.startsWith(particle[0]! + 'ge') || vf.participles.some((x) => f === particle[0] + x) });
      }
    }
  }

  for (const line of PHRASES) {
    const p = parseLine(line, 'phrases');
    entries++;
    const entry: CueEntry = {
      lemma: p.lemma, pos: 'phrase', weight: p.weight, role: p.flags.has('gen') ? 'gen' : 'self',
      preps: p.preps, requiresPrep: false, particle: null, onlyForced: false,
    };
    addPhrase(phrases, p.lemma, entry);
  }
  const compoundEndings = new Set([...compoundHeads.keys()].map((h) => h.slice(-3)));
  const index = new Map<string, WordEntry>();
  for (const [form, hits] of forms) index.set(form, wordEntry(hits, undefined, 0));
  for (const [word, patterns] of phrases) index.set(word, wordEntry(index.get(word)?.hits, patterns, 0));
  for (const [words, bit] of CLOSED_CLASSES) {
    for (const w of words) {
      const entry = index.get(w);
      if (entry) entry.flags |= bit;
      else index.set(w, wordEntry(undefined, undefined, bit));
    }
  }
  return { index, forms, compoundHeads, compoundEndings, phrases, entries };
}

function addPhrase(phrases: Map<string, PhrasePattern[]>, text: string, entry: CueEntry): void {
  const words = text.toLowerCase().split(/\s+/).map((w) => ({ text: w.replace(/\*$/, ''), prefix: w.endsWith('*') }));
  if (words[0]!.prefix) throw new Error(`stance lexicon: phrase '${text}' must start with a whole word`);
  const list = phrases.get(words[0]!.text);
  if (list) list.push({ words, entry });
  else phrases.set(words[0]!.text, [{ words, entry }]);
  // longest phrase first, so that it wins over the shorter ones it contains
  phrases.get(words[0]!.text)!.sort((a, b) => b.words.length - a.words.length);
}

/** Every entry has the same fields in the same order (one object shape: the per-token reads of hits and phrases stay monomorphic). */
function wordEntry(hits: readonly FormHit[] | undefined, phrases: readonly PhrasePattern[] | undefined, flags: number): WordEntry {
  return { hits, phrases, phraseStart: phrases ? phraseStart(phrases) : undefined, flags };
}

function phraseStart(patterns: readonly PhrasePattern[]): PhraseStart {
  const canFollow = (p: PhrasePattern, w: string) => {
    const second = p.words[1];
    return second === undefined || (second.prefix ? w.startsWith(second.text) : w === second.text);
  };
  const bySecond = new Map<string, PhrasePattern[]>();
  for (const p of patterns) {
    const second = p.words[1];
    if (second && !second.prefix && !bySecond.has(second.text)) bySecond.set(second.text, patterns.filter((q) => canFollow(q, second.text)));
  }
  return {
    bySecond,
    otherwise: patterns.filter((p) => p.words.length === 1 || p.words[1]!.prefix),
    alone: patterns.filter((p) => p.words.length === 1),
  };
}

let lexicon: Lexicon | null = null;
export function getLexicon(): Lexicon {
  lexicon ??= build();
  return lexicon;
}
