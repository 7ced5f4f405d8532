/**
 * A small German inflection model, enough to recognise the forms a stance cue takes in news
 * text: adjective endings, comparative and superlative; noun plural, genitive and dative
 * plural; verb present, preterite, Konjunktiv I and II, participle (with the participle's
 * adjective endings) and zu-infinitive, for weak verbs by rule and for strong verbs from
 * ./de/strong-verbs.ts. Everything is lowercase. Over-generation is harmless (a non-word
 * never occurs in text); under-generation costs recall.
 */
import { STRONG_VERBS } from './de/strong-verbs.js';

const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const INSEPARABLE = ['wider', 'hinter', 'unter', 'über', 'miss', 'voll', 'emp', 'ent', 'ver', 'zer', 'be', 'ge', 'er'];

interface StrongRoot {
  present3: string;
  preterite: string;
  konjunktiv2: string;
  participle: string;
}
const STRONG = new Map<string, StrongRoot>();
for (const line of STRONG_VERBS) {
  const [inf, rest] = line.split(':');
  const [present3, preterite, konjunktiv2, participle] = rest!.trim().split(/\s+/);
  STRONG.set(inf!.trim(), { present3: present3!, preterite: preterite!, konjunktiv2: konjunktiv2!, participle: participle! });
}

export function adjectiveForms(lemma: string): string[] {
  const base = lemma.toLowerCase();
  const out = new Set<string>();
  const stems = base.endsWith('e') ? [base.slice(0, -1)] : [base];
  // heikel → heikle, dunkel → dunkle
  if (/[^aeiouäöü]el$/.test(base) || /[^aeiouäöü]er$/.test(base)) stems.push(base.slice(0, -2) + base.slice(-1));
  out.add(base);
  for (const stem of stems) {
    for (const e of ADJ_ENDINGS) {
      if (e === '' && stem !== base) continue;
      out.add(stem + (e === '' ? '' : e));
      if (e !== '' && base.endsWith('e')) out.add(stem + e);
    }
  }
  if (base.endsWith('e')) for (const e of ['n', 'r', 's', 'm']) out.add(base + e);
  // comparative and superlative (no umlaut: rare among evaluative adjectives)
  const sup = /(s|ß|t|z|sch|d)$/.test(base) ? base + 'est' : base + 'st';
  for (const e of ADJ_ENDINGS) {
    out.add((base.endsWith('e') ? base + 'r' : base + 'er') + e);
    if (e !== '') out.add(sup + e);
  }
  return [...out];
}

export function nounForms(lemma: string, plural?: string): string[] {
  const base = lemma.toLowerCase();
  const out = new Set<string>([base]);
  if (plural) {
    const p = plural.toLowerCase();
    out.add(p);
    if (!/[ns]$/.test(p)) out.add(p + 'n');
    out.add(base + 's');
    out.add(base + 'es');
    return [...out];
  }
  if (base.endsWith('ismus')) {
    out.add(base.slice(0, -2) + 'en');
  } else if (base.endsWith('nis')) {
    for (const e of ['se', 'ses', 'sen']) out.add(base + e);
  } else if (base.endsWith('in') && base.length > 5) {
    out.add(base + 'nen');
  } else if (base.endsWith('e')) {
    out.add(base + 'n');
    out.add(base + 's');
  } else if (/(ung|heit|keit|schaft|ion|tät|ik|ur|enz|anz|ei|ie)$/.test(base)) {
    out.add(base + 'en');
  } else if (/(er|el|en)$/.test(base)) {
    out.add(base + 's');
    out.add(base + 'n');
    if (base.endsWith('er')) {
      // adjectival nouns: der Verbündete, die Verbündeten
      out.add(base.slice(0, -1));
      out.add(base.slice(0, -1) + 'n');
    }
  } else {
    for (const e of ['e', 'es', 's', 'en', 'n']) out.add(base + e);
  }
  return [...out];
}

export interface VerbForms {
  /** Finite forms: present, preterite, Konjunktiv I and II (these can be separated from a particle). */
  finite: string[];
  infinitive: string;
  /** Participle and its adjective forms. */
  participles: string[];
}

function splitPrefix(core: string): { prefix: string; root: string } {
  for (const p of INSEPARABLE) {
    if (core.startsWith(p) && core.length - p.length >= 4) return { prefix: p, root: core.slice(p.length) };
  }
  return { prefix: '', root: core };
}

/** Forms of a verb without separable particle (`ablehnen` is handled as `ab` + `lehnen`). */
export function verbForms(infinitive: string): VerbForms {
  const inf = infinitive.toLowerCase();
  // a strong root, possibly behind an inseparable prefix (ver|werfen, be|streiten, an|er|kennen)
  for (let i = 0; i < inf.length - 2; i++) {
    const root = inf.slice(i);
    const strong = STRONG.get(root);
    if (!strong) continue;
    const prefix = inf.slice(0, i);
    if (prefix !== '' && !INSEPARABLE.includes(prefix)) continue;
    return strongForms(inf, prefix, root, strong);
  }
  return weakForms(inf);
}

function strongForms(inf: string, prefix: string, root: string, s: StrongRoot): VerbForms {
  const stem = root.endsWith('en') ? root.slice(0, -2) : root.slice(0, -1);
  const finite = new Set<string>();
  const add = (f: string) => finite.add(prefix + f);
  const linker = /[td]$/.test(stem) ? 'e' : '';
  add(stem + 'e');
  add(stem + 'est');
  add(stem + 'en');
  add(stem + 'et');
  add(stem + linker + 't');
  add(s.present3);
  add(root);
  const pret = s.preterite;
  if (pret.endsWith('e')) {
    for (const e of ['', 'n', 'st', 't']) add(pret + e);
  } else {
    for (const e of ['', 'en', 'st', 'et', 't']) add(pret + e);
  }
  const k2 = s.konjunktiv2.endsWith('e') ? s.konjunktiv2 : s.konjunktiv2 + 'e';
  for (const e of ['', 'n', 'st', 't']) add(k2 + e);
  let participle = s.participle;
  if (prefix !== '' && participle.startsWith('ge') && !root.startsWith('ge')) participle = participle.slice(2);
  return { finite: [...finite], infinitive: inf, participles: withAdjectiveEndings(prefix + participle) };
}

function weakForms(inf: string): VerbForms {
  let stem: string;
  if (/[^e]e[lr]n$/.test(inf) || inf.endsWith('eln') || inf.endsWith('ern')) stem = inf.slice(0, -1);
  else if (inf.endsWith('en')) stem = inf.slice(0, -2);
  else stem = inf.slice(0, -1);
  const linker = /([td]|[^aeioulrhä][mn])$/.test(stem) ? 'e' : '';
  const finite = new Set<string>([
    stem + 'e', stem + linker + 'st', stem + linker + 't', inf, stem + 'est', stem + 'et',
    stem + linker + 'te', stem + linker + 'ten', stem + linker + 'test', stem + linker + 'tet',
  ]);
  const { prefix } = splitPrefix(inf);
  const noGe = prefix !== '' || inf.endsWith('ieren');
  return { finite: [...finite], infinitive: inf, participles: withAdjectiveEndings((noGe ? '' : 'ge') + stem + linker + 't') };
}

function withAdjectiveEndings(participle: string): string[] {
  return ADJ_ENDINGS.map((e) => participle + e);
}

/** Forms of a verb with a separable particle written together: ablehnt, abgelehnt, abzulehnen. */
export function joinedParticleForms(particle: string, forms: VerbForms): string[] {
  const p = particle.toLowerCase();
  const out = new Set<string>();
  for (const f of forms.finite) out.add(p + f);
  out.add(p + forms.infinitive);
  out.add(p + 'zu' + forms.infinitive);
  for (const f of forms.participles) {
    // ab + gelehnt → abgelehnt; an + erkannt → anerkannt
    out.add(p + f);
  }
  return [...out];
}
