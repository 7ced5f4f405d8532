/**
 * Evidence that a capitalised word is a person name, and what the document has already
 * shown to be a name. German capitalises all nouns, so evidence comes from the document
 * (a surname introduced with a first name or title anywhere in it), from the word's shape
 * (non-German surname endings), and from a small gazetteer of surnames used alone.
 */
import { KNOWN_SURNAMES, NOT_SURNAMES, SURNAME_ENDINGS, NEVER_NAMES, COMMON_NOUN_ENDINGS, SURNAME_PREFIXES_BEFORE_CAPITAL } from './de/names.js';
import { SENTENCE_INITIAL_NON_NAMES, DETERMINERS, PREPOSITIONS } from './de/words.js';
import { FIRST_NAMES, roleOf, orgHeadOf, memo } from './lexicon.js';
import { jaroWinkler } from './similarity.js';
import { TailTrie } from './tails.js';

/** Minimum Jaro–Winkler similarity for two surnames to be spelling variants. */
export const VARIANT_SIMILARITY = 0.93;

export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower);
}
const FUNCTION_WORDS = new Set([...SENTENCE_INITIAL_NON_NAMES, ...DETERMINERS.keys(), ...PREPOSITIONS]);


const COMMON_ENDINGS = new TailTrie<true>();
for (const e of COMMON_NOUN_ENDINGS) COMMON_ENDINGS.add(e, true);

/** A capitalised word that reads as a German common noun by its ending (Verhandlung, Freiheit). */
export const looksLikeCommonNoun: (text: string) => boolean = memo(looksLikeCommonNounUncached);

export function looksLikeCommonNounUncached(text: string): boolean {
  if (NEVER_NAMES.has(text)) return true;
  if (FIRST_NAMES.has(text) || KNOWN_SURNAMES.has(text)) return false;
  // An ending with at least two letters before it.
  const lower = text.toLowerCase();
  return COMMON_ENDINGS.endsWithAny(lower, 1, lower.length - 2);
}

const SHAPE_ENDINGS = new TailTrie<true>();
for (const e of SURNAME_ENDINGS) SHAPE_ENDINGS.add(e, true);

/** Non-German surname shape: Dmitrijew, Selenskyj, Wojtolowskij, Tymoschenko, Vučić. */
export const isNameShaped: (text: string) => boolean = memo(isNameShapedUncached);

function isNameShapedUncached(text: string): boolean {
  const lower = text.toLowerCase();
  return hasNameShape(text, lower) && !roleOf(lower) && !orgHeadOf(lower) && !looksLikeCommonNoun(text);
}

/** The ending and length of a non-German surname, before asking whether the word is a noun. */
function hasNameShape(text: string, lower: string): boolean {
  if (text.length < 5 || NOT_SURNAMES.has(text)) return false;
  if (hasSurnamePrefix(text)) return true;
  if (!SHAPE_ENDINGS.endsWithAny(lower, 1, lower.length)) return false;
  return !(lower.includes('-') || lower.endsWith('view'));
}

export type NameGender = 'm' | 'f' | 'u';

/** The first two UTF-16 units of a word as one number (a map key without slicing the word). */
function initialKey(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

/** The names a document introduces (filled by a first pass over all its sentences). */
export class DocNames {
  private readonly surnames = new Map<string, NameGender>();
  private readonly lastWords = new Set<string>();
  /**
   * Every last word and the same with a genitive -s ("Putin", "Putins"), so that a word is
   * checked without slicing it; and the same with the aliases: one lookup answers knows()
   * for the many capitalised words that are none of them (three, one per set, did before).
   */
  private readonly surnameForms = new Set<string>();
  private readonly knownWords = new Set<string>();
  /** The last words of five letters or more (the only ones variantOf compares) by their first two (initialKey). */
  private readonly byInitial = new Map<number, string[]>();
  /**
   * variantOf's answers. A word's first answer stands for the rest of the document, even if
   * the first pass adds a surname it would match later (the output depends on that).
   */
  private readonly variants = new Map<string, string | null>();
  /** No more surnames come (see seal). */
  private sealed = false;
  /** Proper names of organisations introduced with a head noun ("das Statistikamt Eurostat"): name → canonical. */
  readonly organisations = new Map<string, string>();

  add(surname: string, gender: NameGender): void {
    if (this.sealed) throw new Error('DocNames: a surname added after the first pass');
    const previous = this.surnames.get(surname);
    this.surnames.set(surname, previous && previous !== gender ? (previous === 'u' ? gender : gender === 'u' ? previous : 'u') : gender);
    const last = surname.split(' ').pop() ?? surname;
    if (!this.lastWords.has(last)) {
      this.lastWords.add(last);
      const genitive = `${last}s`;
      this.surnameForms.add(last).add(genitive);
      this.knownWords.add(last).add(genitive);
      if (last.length >= 5) {
        const key = initialKey(last);
        const list = this.byInitial.get(key);
        if (list) list.push(last);
        else this.byInitial.set(key, [last]);
      }
    }
  }

  /**
   * The first pass is over: no surname is added any more, so a word whose first two letters
   * start no surname of five letters or more has no variant, whether asked before or not, and
   * variantOf answers it without looking up or storing an answer (most capitalised words).
   */
  seal(): void {
    this.sealed = true;
  }

  hasSurname(surname: string): boolean {
    return this.surnames.has(surname) || KNOWN_SURNAMES.has(surname);
  }

  /** A given name the document uses like a surname ("Thaksin"): a name word, but not one that ends a name. */
  addAlias(given: string): void {
    this.knownWords.add(given);
  }

  /** Is this word a name the document introduced: a surname (or its genitive, or a spelling variant) or an alias? */
  knows(word: string, variants = true): boolean {
    return this.knownWords.has(word) || (variants && this.variantOf(word) !== null);
  }

  /** `variants`: also accept spelling variants (costs a similarity search; only for words that may be names). */
  knowsSurname(word: string, variants = true): boolean {
    return this.surnameForms.has(word) || (variants && this.variantOf(word) !== null);
  }

  /** The introduced surname this word is a spelling variant of (Selensky → Selenskyj), or null. */
  variantOf(word: string): string | null {
    if (word.length < 5) return null;
    // (A document without surnames has no variants to look for.)
    const candidates = this.byInitial.size > 0 ? this.byInitial.get(initialKey(word)) : undefined;
    if (candidates === undefined && this.sealed) return null;
    const cached = this.variants.get(word);
    if (cached !== undefined) return cached;
    let best: string | null = null;
    let bestScore = VARIANT_SIMILARITY;
    for (const candidate of candidates ?? []) {
      if (Math.abs(candidate.length - word.length) > 2) continue;
      const score = jaroWinkler(candidate, word);
      if (score >= bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    this.variants.set(word, best);
    return best;
  }

  genderOf(surname: string): 'm' | 'f' | 'u' {
    const g = this.surnames.get(surname);
    if (g && g !== 'u') return g;
    return KNOWN_SURNAMES.get(surname) ?? 'u';
  }
}

/** Evidence from the gazetteer or the word's shape alone (document-independent, so cacheable). */
export function staticNameEvidence(text: string): boolean {
  if (KNOWN_SURNAMES.has(text)) return true;
  if (text.endsWith('s') && KNOWN_SURNAMES.has(text.slice(0, -1))) return true;
  return isNameShaped(text) || (text.endsWith('s') && isNameShaped(text.slice(0, -1)));
}

const staticEvidence = memo(staticNameEvidence);

/**
 * staticNameEvidence for a word whose noun facts are known already (`noun`: a role,
 * organisation head or common noun by its ending): the word's lexical facts compute them once.
 */
export function staticNameEvidenceOf(text: string, lower: string, noun: boolean): boolean {
  if (KNOWN_SURNAMES.has(text)) return true;
  if (text.endsWith('s') && KNOWN_SURNAMES.has(text.slice(0, -1))) return true;
  return (!noun && hasNameShape(text, lower)) || (text.endsWith('s') && isNameShaped(text.slice(0, -1)));
}

/** Evidence from the document, the gazetteer or the word's shape that `text` is a surname. */
export function nameEvidence(text: string, doc: DocNames, staticKnown?: boolean, variants = true): boolean {
  if (doc.knows(text, variants)) return true;
  return staticKnown ?? staticEvidence(text);
}

export interface GenitiveContext {
  /** A capitalised common noun right before the name: "der Regierung Joe Bidens". */
  nounBefore: boolean;
  /** A capitalised noun right after: "Trumps Kurs" (prenominal genitive). */
  nounAfter: boolean;
  determinerBefore: boolean;
}

/**
 * The surname without its genitive -s: "Putins" → "Putin", "Joe Bidens" (after a noun) →
 * "Biden"; names that end in -s by themselves (Harris, Jens) stay.
 */
export function stripGenitive(word: string, doc: DocNames, ctx: GenitiveContext): string {
  if (word.length < 4 || !word.endsWith('s') || /(ss|x|z|ß)s?$/.test(word)) return word;
  if (KNOWN_SURNAMES.has(word) || FIRST_NAMES.has(word) || doc.hasSurname(word)) return word;
  const stem = word.endsWith('’s') || word.endsWith("'s") ? word.slice(0, -2) : word.slice(0, -1);
  if (doc.hasSurname(stem) || KNOWN_SURNAMES.has(stem) || (stem.includes(' ') === false && doc.knows(stem) && doc.variantOf(word) === null)) return stem;
  if (ctx.nounBefore || ctx.nounAfter || ctx.determinerBefore) return stem;
  if (isNameShaped(stem)) return stem;
  return word;
}

/** "McCarthy", "O'Brien": a surname prefix and a capital right after it (computed once per word form). */
function hasSurnamePrefix(text: string): boolean {
  for (const prefix of SURNAME_PREFIXES_BEFORE_CAPITAL) {
    if (!text.startsWith(prefix)) continue;
    const next = text.charAt(prefix.length);
    // "McDonald's" is the chain, not a person.
    return next !== next.toLowerCase() && !text.includes('-') && !text.includes("'", prefix.length) && !text.includes('’', prefix.length);
  }
  return false;
}
