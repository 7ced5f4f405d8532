/**
 * The German data of ./de compiled once, at module load, into the lookups the mention finder
 * uses per token: maps from word forms to what they are, and compound-tail matching for
 * role and organisation nouns ("Regierungssprecher" → Sprecher). Nothing here runs per
 * document except the lookup functions, which slice only capitalised words.
 */
import { FIRST_NAMES, AMBIGUOUS_FIRST_NAMES, FAMILY_NAME_FIRST, type Gender } from './de/first-names.js';
import { ROLES, FIXED_FORMS, NOT_ROLES, type RoleEntry } from './de/roles.js';
import {
  ORG_HEADS, ORG_HEADS_EXACT, ORG_HEADS_COMPOUND_ONLY, NOT_ORG_HEADS, KNOWN_ORGS, LEADERSHIP_TAILS, INSTITUTION_MODIFIERS,
  NOT_COUNCILS_OR_LEADERSHIPS, COUNCIL_LINKS, type GrammaticalGender, type OrgHead,
} from './de/organisations.js';
import { PLACE_NAMES, type PlaceName } from './de/places.js';
import { GROUP_NOUNS, GROUP_NOUNS_EXACT, NOMINALISED_GROUP_STEMS, COLLECTIVE_GROUP_NOUNS } from './de/groups.js';
import { TailTrie } from './tails.js';

export { FIRST_NAMES, AMBIGUOUS_FIRST_NAMES, FAMILY_NAME_FIRST };
export type { Gender };

export type NumberGuess = 'sg' | 'pl' | 'amb';

export interface RoleForm {
  /** Lower-case masculine singular of the role ("präsident", "gesandter"). */
  base: string;
  gender: 'm' | 'f' | 'u';
  number: NumberGuess;
  /** A nominalised adjective (Gesandter/Gesandte): gender and number depend on the article. */
  adjective: boolean;
  /** The adjective ending, for article agreement ('e', 'er', 'en', 'em', 'es'). */
  ending: string;
}

export interface RoleHit extends RoleForm {
  /** Lower-case compound before the role ("us-außen" in "US-Außenminister"), or ''. */
  modifier: string;
  /** Lower-case normalised role: modifier + base ("us-außenminister"). */
  key: string;
}

const ADJ_ENDINGS = ['e', 'er', 'en', 'em', 'es'] as const;

/**
 * Per-word results are pure functions of the word, and news vocabulary repeats: a bounded
 * cache turns the compound-tail search into one map lookup for most words.
 */
export function memo<T>(fn: (word: string) => T, limit = 100_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string) => {
    const hit = cache.get(word);
    if (hit !== undefined || cache.has(word)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = fn(word);
    cache.set(word, value);
    return value;
  };
}

function addForm(map: Map<string, RoleForm>, form: string, value: RoleForm): void {
  const lower = form.toLowerCase();
  const previous = map.get(lower);
  if (previous && previous.base === value.base) {
    // Same word as singular and plural (Minister): number ambiguous; genders may differ too.
    map.set(lower, {
      ...previous,
      number: previous.number === value.number ? previous.number : 'amb',
      gender: previous.gender === value.gender ? previous.gender : 'u',
    });
  } else if (!previous) {
    map.set(lower, value);
  }
}

function roleForms(entry: RoleEntry): Array<[string, RoleForm]> {
  const b = entry.base;
  const base = b.toLowerCase();
  const out: Array<[string, RoleForm]> = [];
  const push = (form: string, gender: 'm' | 'f' | 'u', number: NumberGuess, adjective = false, ending = '') =>
    out.push([form, { base: adjective ? `${base}er` : base, gender, number, adjective, ending }]);
  const fem = (stem: string) => {
    push(`${stem}in`, 'f', 'sg');
    push(`${stem}innen`, 'f', 'pl');
  };
  switch (entry.cls) {
    case 'er':
      push(b, 'm', 'amb'); push(`${b}s`, 'm', 'sg'); push(`${b}n`, 'm', 'pl'); fem(b); break;
    case 'or':
      push(b, 'm', 'sg'); push(`${b}s`, 'm', 'sg'); push(`${b}en`, 'm', 'pl'); fem(b); break;
    case 'en':
      push(b, 'm', 'sg'); push(`${b}en`, 'm', 'amb'); fem(b); break;
    case 'n': {
      push(b, 'm', 'sg'); push(`${b}n`, 'm', 'amb'); fem(b.replace(/e$/, '')); break;
    }
    case 'e':
      push(b, 'm', 'sg'); push(`${b}s`, 'm', 'sg'); push(`${b}es`, 'm', 'sg'); push(`${b}e`, 'm', 'pl'); push(`${b}en`, 'm', 'pl'); fem(b); break;
    case 's':
      push(b, 'm', 'sg'); push(`${b}s`, 'm', 'amb'); fem(b); break;
    case 'adj':
      for (const ending of ADJ_ENDINGS) push(`${b}${ending}`, 'u', 'amb', true, ending);
      break;
    case 'fixed': {
      const f = FIXED_FORMS[b];
      if (f) {
        for (const s of f.sg) push(s, 'm', 'sg');
        for (const p of f.pl) push(p, 'm', 'pl');
        for (const s of f.femSg) push(s, 'f', 'sg');
        for (const p of f.femPl) push(p, 'f', 'pl');
      }
      break;
    }
  }
  return out;
}

const ROLE_FORMS = new Map<string, RoleForm>();
const ROLE_FORMS_EXACT_ONLY = new Set<string>();
for (const entry of ROLES) {
  for (const [form, value] of roleForms(entry)) {
    addForm(ROLE_FORMS, form, value);
    if (entry.exact) ROLE_FORMS_EXACT_ONLY.add(form.toLowerCase());
  }
}
const ROLE_TAILS = new TailTrie<{ form: RoleForm; exactOnly: boolean }>();
for (const [form, value] of ROLE_FORMS) ROLE_TAILS.add(form, { form: value, exactOnly: ROLE_FORMS_EXACT_ONLY.has(form) });
const notExactOnly = (tail: { exactOnly: boolean }): boolean => !tail.exactOnly;

const MIN_TAIL = 4;

/**
 * The role a word names, also as the tail of a compound: "Regierungssprecherin" → sprecher,
 * feminine. `lower` is the word lower-cased; only call it for capitalised words.
 */
export const roleOf: (lower: string) => RoleHit | undefined = memo(roleOfUncached);

export function roleOfUncached(lower: string): RoleHit | undefined {
  if (NOT_ROLES.has(lower)) return undefined;
  const exact = ROLE_FORMS.get(lower);
  if (exact) return roleHit(exact, '', exact.base);
  // The longest role form the word ends in, with something before it.
  const tail = ROLE_TAILS.longest(lower, MIN_TAIL, lower.length - 1, notExactOnly);
  if (!tail) return undefined;
  const hit = tail.value.form;
  const modifier = lower.slice(0, tail.start);
  return roleHit(hit, modifier, modifier + hit.base);
}

/**
 * A role hit as one object literal. A spread with fields added after it (`{ ...form, key }`)
 * stores those fields outside the object, and the stage reads them on every occurrence of a
 * role word: one memory load more each time.
 */
export function roleHit(form: RoleForm, modifier: string, key: string): RoleHit {
  return { base: form.base, gender: form.gender, number: form.number, adjective: form.adjective, ending: form.ending, modifier, key };
}

export interface OrgHeadHit extends OrgHead {
  base: string;
  modifier: string;
  plural: boolean;
  /** A compound-only head used alone ("Botschaft"): an organisation only after a definite article, if at all. */
  bare: boolean;
}

const ORG_FORMS = new Map<string, { base: string; head: OrgHead; plural: boolean }>();
const IRREGULAR_ORG_FORMS: Readonly<Record<string, { sg: string[]; pl: string[] }>> = {
  ministerium: { sg: ['ministeriums'], pl: ['ministerien'] },
  gremium: { sg: ['gremiums'], pl: ['gremien'] },
  zentrum: { sg: ['zentrums'], pl: ['zentren'] },
  forschungszentrum: { sg: ['forschungszentrums'], pl: ['forschungszentren'] },
  amt: { sg: ['amts', 'amtes'], pl: ['ämter', 'ämtern'] },
  kanzleramt: { sg: ['kanzleramts', 'kanzleramtes'], pl: [] },
  bündnis: { sg: ['bündnisses'], pl: ['bündnisse'] },
  verband: { sg: ['verbands', 'verbandes'], pl: ['verbände', 'verbänden'] },
  ausschuss: { sg: ['ausschusses'], pl: ['ausschüsse', 'ausschüssen'] },
  fonds: { sg: [], pl: [] },
  streitkräfte: { sg: [], pl: ['streitkräften'] },
  behörden: { sg: [], pl: [] },
  rathaus: { sg: ['rathauses'], pl: [] },
  krankenhaus: { sg: ['krankenhauses'], pl: ['krankenhäuser'] },
  bank: { sg: [], pl: ['banken'] },
  gericht: { sg: ['gerichts', 'gerichtes'], pl: ['gerichte', 'gerichten'] },
  institut: { sg: ['instituts', 'institutes'], pl: ['institute', 'instituten'] },
  unternehmen: { sg: ['unternehmens'], pl: [] },
  konzern: { sg: ['konzerns'], pl: ['konzerne', 'konzernen'] },
  parlament: { sg: ['parlaments'], pl: ['parlamente'] },
  kabinett: { sg: ['kabinetts'], pl: [] },
  senat: { sg: ['senats'], pl: [] },
  kongress: { sg: ['kongresses'], pl: [] },
  verein: { sg: ['vereins'], pl: ['vereine'] },
  sender: { sg: ['senders'], pl: [] },
  fernsehsender: { sg: ['fernsehsenders'], pl: [] },
  rundfunk: { sg: ['rundfunks'], pl: [] },
  magazin: { sg: ['magazins'], pl: [] },
  nachrichtenmagazin: { sg: ['nachrichtenmagazins'], pl: [] },
  geheimdienst: { sg: ['geheimdiensts', 'geheimdienstes'], pl: ['geheimdienste', 'geheimdiensten'] },
  nachrichtendienst: { sg: ['nachrichtendiensts', 'nachrichtendienstes'], pl: ['nachrichtendienste'] },
  sicherheitsdienst: { sg: ['sicherheitsdienstes'], pl: [] },
  komitee: { sg: ['komitees'], pl: ['komitees'] },
  zentralkomitee: { sg: ['zentralkomitees'], pl: [] },
  militär: { sg: ['militärs'], pl: [] },
  gerichtshof: { sg: ['gerichtshofs', 'gerichtshofes'], pl: [] },
};
for (const [base, head] of Object.entries(ORG_HEADS)) {
  ORG_FORMS.set(base, { base, head, plural: head.gender === 'pl' });
  const irregular = IRREGULAR_ORG_FORMS[base];
  if (irregular) {
    for (const f of irregular.sg) ORG_FORMS.set(f, { base, head, plural: false });
    for (const f of irregular.pl) ORG_FORMS.set(f, { base, head, plural: true });
  } else if (head.gender === 'f') {
    // Feminine nouns take no case ending; plural -en/-n.
    ORG_FORMS.set(base.endsWith('e') ? `${base}n` : `${base}en`, { base, head, plural: true });
  } else if (head.gender !== 'pl') {
    ORG_FORMS.set(`${base}s`, { base, head, plural: false });
  }
}
const ORG_EXACT_FORMS = new Map<string, { base: string; head: OrgHead; plural: boolean }>();
for (const [base, head] of Object.entries(ORG_HEADS_EXACT)) {
  ORG_EXACT_FORMS.set(base, { base, head, plural: false });
  ORG_EXACT_FORMS.set(`${base}s`, { base, head, plural: false });
  ORG_EXACT_FORMS.set(`${base}es`, { base, head, plural: false });
}
const ORG_TAILS = new TailTrie<{ base: string; head: OrgHead; plural: boolean }>();
for (const [form, value] of ORG_FORMS) ORG_TAILS.add(form, value);
// "Heimatstadt", "Hauptstadt" are places, not the town as an actor ("die Stadt").
const notTown = (hit: { base: string }): boolean => hit.base !== 'stadt';

/** The organisation head a capitalised word ends in: "Außenministeriums" → ministerium. */
export const orgHeadOf: (lower: string) => OrgHeadHit | undefined = memo(orgHeadOfUncached);

export function orgHeadOfUncached(lower: string): OrgHeadHit | undefined {
  if (NOT_ORG_HEADS.has(lower)) return undefined;
  const exact = ORG_EXACT_FORMS.get(lower) ?? ORG_FORMS.get(lower);
  if (exact) return orgHeadHit(exact.head, exact.base, '', exact.plural, ORG_HEADS_COMPOUND_ONLY.has(exact.base));
  const tail = ORG_TAILS.longest(lower, 3, lower.length - 1, notTown);
  if (!tail) return NOT_COUNCILS_OR_LEADERSHIPS.has(lower) ? undefined : leadershipOf(lower) ?? councilOf(lower);
  const hit = tail.value;
  return orgHeadHit(hit.head, hit.base, lower.slice(0, tail.start), hit.plural, false);
}

/** "Stadtleitung", "Vereinsleitung", "SPD-Spitze": a leadership noun after an institution. */
function leadershipOf(lower: string): OrgHeadHit | undefined {
  for (const base in LEADERSHIP_TAILS) {
    const pluralForm = base.endsWith('e') ? `${base}n` : `${base}en`;
    const plural = lower.endsWith(pluralForm);
    const form = plural ? pluralForm : base;
    if (!plural && !lower.endsWith(base)) continue;
    const modifier = lower.slice(0, lower.length - form.length);
    if (modifier.length < 2) return undefined;
    if (modifier.endsWith('-') || isInstitution(modifier)) return orgHeadHit(LEADERSHIP_TAILS[base]!, base, modifier, plural, false);
    return undefined;
  }
  return undefined;
}

/** An institution as the first part of a compound, with or without its linking -s- ("vereins", "stadt", "schul"). */
function isInstitution(modifier: string): boolean {
  if (ORG_FORMS.has(modifier) || ORG_EXACT_FORMS.has(modifier) || INSTITUTION_MODIFIERS.has(modifier)) return true;
  const unlinked = modifier.endsWith('s') ? modifier.slice(0, -1) : '';
  return unlinked !== '' && (ORG_FORMS.has(unlinked) || ORG_EXACT_FORMS.has(unlinked) || INSTITUTION_MODIFIERS.has(unlinked));
}

const COUNCIL: OrgHead = { gender: 'm', cls: 'rat' };

/** "Übergangsrat", "Präsidentenrats": "-rat" after a linking element, in a word long enough to be a compound. */
function councilOf(lower: string): OrgHeadHit | undefined {
  const stem = lower.endsWith('rates') ? lower.slice(0, -2) : lower.endsWith('rats') ? lower.slice(0, -1) : lower;
  if (stem.length < 9 || !COUNCIL_LINKS.some((link) => stem.endsWith(link))) return undefined;
  return orgHeadHit(COUNCIL, 'rat', stem.slice(0, -3), false, false);
}

/** An organisation head hit as one object literal (see roleHit). */
function orgHeadHit(head: OrgHead, base: string, modifier: string, plural: boolean, bare: boolean): OrgHeadHit {
  return { gender: head.gender, cls: head.cls, base, modifier, plural, bare };
}

/** Whole-word group forms → their group noun (dative plurals lead to their plural). */
const GROUP_WHOLE = new Map<string, string>();
const GROUP_TAILS = new TailTrie<string>();
function addGroupForm(form: string, group: string): void {
  if (!GROUP_WHOLE.has(form)) GROUP_WHOLE.set(form, group);
  GROUP_TAILS.add(form, group);
}
for (const g of GROUP_NOUNS) {
  addGroupForm(g, g);
  // Dative plural: "von Beobachtern", "Kernkraftgegnern", "den Einsatzkräften".
  if (g.endsWith('er') || g.endsWith('el') || g.endsWith('e')) addGroupForm(`${g}n`, g);
}
/** Nominalised adjectives for groups ("Jugendliche", "Verantwortlichen"); an adjective before a noun. */
export const NOMINALISED_GROUPS: ReadonlySet<string> = new Set(NOMINALISED_GROUP_STEMS.flatMap((stem) => [`${stem}e`, `${stem}en`]));
for (const g of NOMINALISED_GROUPS) addGroupForm(g, g);
for (const g of Object.keys(COLLECTIVE_GROUP_NOUNS)) addGroupForm(g, g);
// A first part of one or two letters is a prefix, not a word ("Geländer").
const groupTailAllowed = (tail: string, lower: string, start: number): boolean =>
  lower[start - 1] === '-' || (!GROUP_NOUNS_EXACT.has(tail) && start >= 3);

/** A plural group noun, also as compound tail ("Regierungskreise"): its lower-case head. */
export const groupHeadOf: (lower: string) => string | undefined = memo(groupHeadOfUncached);

export function groupHeadOfUncached(lower: string): string | undefined {
  const whole = GROUP_WHOLE.get(lower);
  if (whole !== undefined) return whole;
  return GROUP_TAILS.longest(lower, 4, lower.length - 1, groupTailAllowed)?.value;
}

// ---------------------------------------------------------------------------------------
// Multi-word names: places and known organisations, matched as token sequences.

export type PhraseKind = 'place' | 'organisation';

export interface Phrase {
  kind: PhraseKind;
  /** Token patterns: exact lower-case word, or an adjective stem (matches any ending). */
  tokens: Array<{ word: string; adjective: boolean }>;
  /** Entity key: the actor (place) or canonical organisation name. */
  key: string;
  /** Canonical written name. */
  name: string;
  gender: GrammaticalGender;
  cls: string;
  place?: PlaceName;
}

const PHRASES_BY_FIRST = new Map<string, Phrase[]>();

function addPhrase(written: string, phrase: Omit<Phrase, 'tokens'>): void {
  const tokens = written.split(/\s+/).map((t) => {
    const adjective = t.endsWith('*');
    let word = (adjective ? t.slice(0, -1) : t).toLowerCase();
    if (adjective) word = adjectiveStem(word);
    return { word, adjective };
  });
  const first = tokens[0];
  if (!first) return;
  const full: Phrase = { ...phrase, tokens };
  const list = PHRASES_BY_FIRST.get(first.word);
  if (list) list.push(full);
  else PHRASES_BY_FIRST.set(first.word, [full]);
}

/** "internationale" → "international": strips one adjective ending. */
export function adjectiveStem(lower: string): string {
  for (const ending of ['en', 'em', 'er', 'es', 'e']) {
    if (lower.length > ending.length + 3 && lower.endsWith(ending)) return lower.slice(0, -ending.length);
  }
  return lower;
}

for (const place of PLACE_NAMES) {
  // "Vereinigte Staaten", "Weißes Haus": the leading adjective inflects (der Vereinigten Staaten).
  const written = place.name.replace(/^(\p{Lu}\p{Ll}{3,}(?:e|es|er)) (?=\S)/u, '$1* ');
  addPhrase(written, { kind: 'place', key: place.actor, name: place.name, gender: place.gender, cls: place.rank, place });
}
for (const org of KNOWN_ORGS) {
  const value = { kind: 'organisation' as const, key: org.name, name: org.name, gender: org.gender, cls: org.cls };
  addPhrase(org.name, value);
  for (const alias of org.aliases) addPhrase(alias, value);
}

/** The phrase lists a word can start (as written, as adjective stem, without genitive -s). */
export const phraseKeys = memo(phraseKeysUncached);

// The keys tried below are the word itself or the word less one or two final letters, so a
// word whose first (length - 2) letters begin no first word of a phrase starts none: one set
// lookup settles it for almost every word, instead of four.
const FIRST_WORD_PREFIXES = new Set<string>();
for (const first of PHRASES_BY_FIRST.keys()) {
  for (let k = 0; k <= first.length; k++) FIRST_WORD_PREFIXES.add(first.slice(0, k));
}
const NO_PHRASES: Phrase[][] = [];

export function phraseKeysUncached(w: string): Phrase[][] {
  if (!FIRST_WORD_PREFIXES.has(w.slice(0, Math.max(0, w.length - 2)))) return NO_PHRASES;
  const out: Phrase[][] = [];
  for (const key of [w, adjectiveStem(w), w.endsWith('s') ? w.slice(0, -1) : '', w.endsWith('es') ? w.slice(0, -2) : '']) {
    const list = key ? PHRASES_BY_FIRST.get(key) : undefined;
    if (list && !out.includes(list)) out.push(list);
  }
  return out;
}

// (Compared in place: this runs for every capitalised word that could start a name, and
// slicing the ending or building "Kiews" to compare with would allocate each time.)
function tokenMatches(pattern: { word: string; adjective: boolean }, lower: string, last: boolean): boolean {
  const stem = pattern.word;
  if (pattern.adjective) {
    if (!lower.startsWith(stem)) return false;
    const rest = lower.length - stem.length;
    return rest === 0 || (rest === 1 && lower.endsWith('e')) ||
      (rest === 2 && (lower.endsWith('en') || lower.endsWith('er') || lower.endsWith('es') || lower.endsWith('em')));
  }
  if (lower === stem) return true;
  // Genitive of the last word: Russlands, Kiews, des Kremls, des Weißen Hauses.
  if (!last || !lower.startsWith(stem)) return false;
  const rest = lower.length - stem.length;
  return (rest === 1 && lower.endsWith('s')) || (rest === 2 && lower.endsWith('es'));
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Number of tokens matched. */
  length: number;
  genitive: boolean;
}

/** What the phrase matcher reads of a word: its lower case, and whether it is a word at all. */
export interface PhraseWord {
  readonly isWord: boolean;
  readonly lower: string;
}

/** The lower-case word the matcher compares ('' for punctuation, numbers and other non-words). */
function lowerAt(words: readonly PhraseWord[], k: number): string | undefined {
  const w = words[k];
  return w === undefined ? undefined : w.isWord ? w.lower : '';
}

/** The longest place or known-organisation name starting at `words[i]`. */
export function matchPhrase(words: readonly PhraseWord[], i: number): PhraseMatch | undefined {
  const w = lowerAt(words, i);
  if (!w) return undefined;
  return matchPhraseFrom(phraseKeys(w), words, i);
}

/** matchPhrase with the phrase lists of words[i] known already (a word's lexical facts carry them). */
export function matchPhraseFrom(keys: readonly Phrase[][], words: readonly PhraseWord[], i: number): PhraseMatch | undefined {
  if (keys.length === 0 || !lowerAt(words, i)) return undefined;
  let best: PhraseMatch | undefined;
  for (const list of keys) {
    for (const phrase of list) {
      const n = phrase.tokens.length;
      if (best && best.length >= n) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        const lower = lowerAt(words, i + k);
        const pattern = phrase.tokens[k];
        if (lower === undefined || pattern === undefined || !tokenMatches(pattern, lower, k === n - 1)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        const last = lowerAt(words, i + n - 1) ?? '';
        const lastPattern = phrase.tokens[n - 1];
        const genitive = !!lastPattern && !lastPattern.adjective && last !== lastPattern.word;
        best = { phrase, length: n, genitive };
      }
    }
  }
  return best;
}
