/**
 * Person names: name runs (given names, initials, particles, surname), their parts (given
 * name, surname without genitive -s), surnames alone with evidence, and the first pass that
 * collects the surnames a document introduces.
 */
import type { SentenceWords, Word } from './words.js';
import { FIRST_NAMES, AMBIGUOUS_FIRST_NAMES, FAMILY_NAME_FIRST } from './lexicon.js';
import { NAME_TITLES } from './de/roles.js';
import { NAME_PARTICLES, SURNAME_START_PARTICLES, NEVER_NAMES, HYPHENATED_NAME_PARTICLES } from './de/names.js';
import { DETERMINERS } from './de/words.js';
import { SPEECH_VERB_FORMS } from './de/speech.js';
import { isFunctionWord, nameEvidence, DocNames, stripGenitive } from './evidence.js';
import { info, phraseAt, START_FACTS, type Gram } from './phrase.js';

/** The facts of the words the first pass over the document (collectDocNames) starts a name from. */
export const NAME_START_FACTS = START_FACTS.firstName | START_FACTS.title | START_FACTS.role;

export function isInitialLetter(words: readonly Word[], k: number): boolean {
  const w = words[k];
  return !!w && w.isWord && w.cap && words[k + 1]?.text === '.' && (w.text.length === 1 || /^(?:\p{Lu}\.){1,3}\p{Lu}$/u.test(w.text));
}

export interface SentenceContext {
  doc: DocNames;
  /** Index of the first candidate of this sentence in the document list. */
  offset: number;
}

/**
 * Words k… that continue a person name: further given names, initials ("Joe R. Biden"),
 * particles before a capitalised word ("von der Leyen"), the surname. Returns the index
 * after the run.
 */
export function nameRunEnd(words: readonly Word[], used: Uint8Array, k: number, ctx: SentenceContext, requireEvidence: boolean, firstIsGiven = true): number {
  let end = k;
  let count = 0;
  let onlyGivenNames = true;
  let afterInitials = false;
  while (end < words.length && count < 6) {
    const w = words[end];
    if (!w || used[end]) break;
    if (isInitialLetter(words, end)) {
      end += 2;
      afterInitials = true;
      continue;
    }
    if (w.isWord && !w.cap && NAME_PARTICLES.has(w.lower) && w.lower !== 'und' && count > 0 && onlyGivenNames) {
      // Particles only inside a name, and only when a capitalised name word follows.
      let p = end;
      while (p < words.length && words[p]?.isWord && !words[p]?.cap && NAME_PARTICLES.has(words[p]?.lower ?? '') && p - end < 3) p++;
      const next = words[p];
      if (next && next.isWord && next.cap && isNameWord(words, p, ctx, false)) {
        end = p;
        continue;
      }
      break;
    }
    // "Mohammed el-Baradei": a hyphenated particle name ends the name.
    if (count > 0 && onlyGivenNames && !w.cap && isParticleName(w.text)) {
      end++;
      break;
    }
    // Right after a known given name a capitalised word is the surname even if it ends like a noun (Dettling, Jung).
    const afterGiven = count > 0 && onlyGivenNames && firstIsGiven && isFirstName(words[k]);
    // After initials ("C.Y. Leung", "J. Müller") too: German nouns never follow initials.
    if (!isNameWord(words, end, ctx, requireEvidence && count === 0) && !((afterGiven || afterInitials) && isSurnameAfterGiven(w))) break;
    afterInitials = false;
    // Two names side by side without 'und' are rare; a place or known organisation ends the run.
    if (count > 0 && words[end]?.cap && phraseAt(words, end)) break;
    end++;
    count++;
    const given = FIRST_NAMES.has(w.text) && !(count === 1 && !firstIsGiven);
    if (!given) {
      onlyGivenNames = false;
      // The surname ends the name: "Kirill Dmitrijew traf", "Putin Selenskyj", "Trumps Kurs".
      if (ctx.doc.knowsSurname(w.text, !info(w).common && !info(w).noun) || info(w).staticName) break;
    }
  }
  return end;
}

/** Could words[k] be (part of) a person name? With `requireEvidence`, only with evidence. */
export function isNameWord(words: readonly Word[], k: number, ctx: SentenceContext, requireEvidence: boolean): boolean {
  const w = words[k];
  if (!w || !w.isWord || !w.cap || w.allCaps) return false;
  const facts = info(w);
  if (facts.functionWord) return false;
  if (facts.firstName) return true;
  if (nameEvidence(w.text, ctx.doc, facts.staticName, !facts.common && !facts.noun)) return true;
  if (requireEvidence) return false;
  return !facts.noun && !facts.common;
}

export function isSurnameAfterGiven(w: Word): boolean {
  const facts = info(w);
  return w.isWord && w.cap && !w.allCaps && !facts.functionWord && !facts.noun && !facts.phrase && !NEVER_NAMES.has(w.text);
}

export function isFirstName(w: Word | undefined): boolean {
  if (!w || !w.isWord || !w.cap) return false;
  if (!info(w).firstName) return false;
  return !(w.initial && AMBIGUOUS_FIRST_NAMES.has(w.text));
}

export function nameParts(words: readonly Word[], from: number, to: number, doc: DocNames): {
  given: string | null; surname: string; full: string; genitive: boolean; gender: Gram;
} {
  const parts: string[] = [];
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (!w) continue;
    if (w.text === '.') { parts[parts.length - 1] += '.'; continue; }
    parts.push(w.text);
  }
  let genitive = false;
  const lastIndex = parts.length - 1;
  const lastWord = parts[lastIndex] ?? '';
  const before = words[from - 1];
  const after = words[to];
  const stripped = stripGenitive(lastWord, doc, {
    nounBefore: !!before && before.isWord && before.cap && !info(before).role && !NAME_TITLES.has(before.text) && !info(before).functionWord,
    // "Trumps Kurs": a prenominal genitive is a surname alone; after a full name the capitalised
    // word is as likely the next constituent ("Edmund S. Phelps Anerkennung zollen").
    nounAfter: to - from === 1 && !!after && after.isWord && after.cap && !isFunctionWord(after.lower) && !FIRST_NAMES.has(after.text),
    determinerBefore: !!before && (before.lower === 'des' || before.lower === 'eines'),
  });
  if (stripped !== lastWord) {
    genitive = true;
    parts[lastIndex] = stripped;
  }
  const familyFirst = parts.length > 1 && FAMILY_NAME_FIRST.has(parts[0] ?? '');
  let surnameStart = lastIndex;
  while (surnameStart > 0 && NAME_PARTICLES.has(parts[surnameStart - 1] ?? '')) surnameStart--;
  const surname = familyFirst ? (parts[0] ?? '') : parts.slice(surnameStart).join(' ');
  const givenParts = familyFirst ? [] : parts.slice(0, surnameStart);
  const given = givenParts.length > 0 ? givenParts.join(' ') : null;
  const firstGiven = givenParts[0];
  const g = firstGiven ? FIRST_NAMES.get(firstGiven) : undefined;
  return { given, surname, full: parts.join(' '), genitive, gender: g === 'm' || g === 'f' ? g : 'u' };
}

/** The surname mention starting at word i, or -1: needs evidence from the document or the word. */
export function surnameAt(words: readonly Word[], used: Uint8Array, i: number, ctx: SentenceContext): number {
  const w = words[i];
  if (!w) return -1;
  // "von der Leyen": particles, then a surname the document knows with them.
  if (w.isWord && !w.cap && SURNAME_START_PARTICLES.has(w.lower)) {
    let p = i;
    while (p < words.length && words[p]?.isWord && !words[p]?.cap && NAME_PARTICLES.has(words[p]?.lower ?? '') && p - i < 3) p++;
    const head = words[p];
    if (p > i && head && !used[p] && head.cap) {
      const full = words.slice(i, p + 1).map((x) => x.text).join(' ');
      if (ctx.doc.hasSurname(full) || ctx.doc.hasSurname(stripGenitive(full, ctx.doc, { nounBefore: false, nounAfter: false, determinerBefore: false }))) return p;
    }
    return -1;
  }
  if (!w.cap && isParticleName(w.text)) return ctx.doc.hasSurname(w.text) || framedAsSource(words, i) ? i : -1;
  // Initials before a capitalised word: "C.Y. Leung, der …", "J.K. Rowling sagte".
  if (isInitialLetter(words, i) && i + 2 < words.length && isSurnameAfterGiven(words[i + 2]!) && !used[i + 2]) return i;
  if (!w.cap || w.allCaps || info(w).functionWord) return -1;
  if (nameEvidence(w.text, ctx.doc, info(w).staticName, !info(w).common && !info(w).noun)) return i;
  // A speech verb next to an unknown capitalised word that is not a common noun: "sagte Habeck".
  if (!info(w).common && !info(w).noun) {
    const before = words[i - 1];
    const after = words[i + 1];
    const verbBefore = before?.isWord && SPEECH_VERB_FORMS.has(before.lower) && (!after || !after.isWord || !after.cap);
    // Sentence-initial words before a verb are often adverbs ("Parallel kündigte Moskau …"): a
    // speech verb counts only when the quote or clause follows at once ("Barth meint: …").
    const afterVerb = words[i + 2];
    const verbAfter = after?.isWord && (after.lower === 'zufolge' ||
      (w.initial && SPEECH_VERB_FORMS.has(after.lower) && !!afterVerb && (afterVerb.text === ':' || afterVerb.text === ',' || afterVerb.lower === 'dass')));
    const laut = (before?.lower === 'laut' || (before?.lower === 'so' && words[i - 2]?.text === ',')) && (!after || !after.cap);
    if (verbBefore || verbAfter || laut) return i;
    if (info(w).staticName) return i;
  }
  return -1;
}

/**
 * First pass over the whole document: the surnames it introduces with a first name, a
 * title, or a role without article ("Präsident Selenskyj"), so that later (and earlier)
 * mentions of the surname alone are recognised.
 */
export function collectDocNames(sentences: readonly SentenceWords[]): DocNames {
  const doc = new DocNames();
  const ctx: SentenceContext = { doc, offset: 0 };
  // No word is taken in this pass: one all-zero array serves every sentence.
  let none = new Uint8Array(64);
  for (const sw of sentences) {
    const words = sw.words;
    if (none.length < words.length) none = new Uint8Array(words.length * 2);
    const used = none;
    // Only the first names, titles and roles start anything here: the sentence lists them
    // (NAME_START_FACTS). `after`: the first word after the
    // last name found, where the next one may start.
    let after = 0;
    for (const i of sw.nameFactWords) {
      if (i < after) continue;
      const w = words[i];
      if (!w) continue;
      let start = -1;
      let gender: 'm' | 'f' | 'u' = 'u';
      if (isFirstName(w)) {
        start = i;
      } else if (info(w).title) {
        start = words[i + 1]?.text === '.' ? i + 2 : i + 1;
        const g = info(w).title;
        if (g === 'm' || g === 'f') gender = g;
      } else {
        const role = info(w).role;
        const before = role ? words[i - 1] : undefined;
        const bare = !!role && (!before || !before.isWord || !DETERMINERS.has(before.lower));
        if (role && role.number !== 'pl' && bare && !role.adjective) {
          const next = words[i + 1];
          if (next && next.isWord && next.cap && !info(next).functionWord && !info(next).common && !info(next).noun && !phraseAt(words, i + 1)) {
            start = i + 1;
            if (role.gender === 'f') gender = 'f';
          }
        }
      }
      if (start < 0) continue;
      const end = nameRunEnd(words, used, start, ctx, false);
      const minimum = start === i ? start + 2 : start + 1;
      if (end < minimum) continue;
      const parts = nameParts(words, start, end, doc);
      const g = parts.gender !== 'u' ? (parts.gender === 'pl' || parts.gender === 'n' ? 'u' : parts.gender) : gender;
      doc.add(parts.surname, g);
      // A given name we do not know is often used alone later ("Thaksin Shinawatra" … "Thaksin").
      if (parts.given && !parts.given.includes(' ') && !FIRST_NAMES.has(parts.given) && !/\.$/.test(parts.given)) doc.addAlias(parts.given);
      after = end;
    }
  }
  doc.seal();
  return doc;
}

/**
 * "el-Baradei", "al-Maliki": a lower-case particle (HYPHENATED_NAME_PARTICLES), a hyphen and
 * a capitalised rest. Cheap for the words it is not: a hyphen at position 2 to 4 first.
 */
export function isParticleName(text: string): boolean {
  if (text.length < 5) return false;
  let hyphen = -1;
  for (let k = 2; k <= 4; k++) if (text.charCodeAt(k) === 0x2d) { hyphen = k; break; }
  if (hyphen < 0) return false;
  const rest = text.charAt(hyphen + 1);
  return rest !== rest.toLowerCase() && HYPHENATED_NAME_PARTICLES.has(text.slice(0, hyphen));
}

/** Framed as a speaker or source: "sagte X", "laut X", "X zufolge", ", so X", "X sagte:". */
function framedAsSource(words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  const after = words[i + 1];
  if (before?.isWord && (SPEECH_VERB_FORMS.has(before.lower) || before.lower === 'laut')) return true;
  if (before?.lower === 'so' && words[i - 2]?.text === ',') return true;
  return !!after && after.isWord && (after.lower === 'zufolge' || SPEECH_VERB_FORMS.has(after.lower));
}
