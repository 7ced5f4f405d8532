/**
 * Organisation names: a head noun with its name ("Der Internationale Währungsfonds",
 * "Institut für Weltwirtschaft", "das Statistikamt Eurostat"), names in quotation marks
 * after a medium, sources inside compounds ("Polizeiangaben"), company legal forms.
 */
import type { Word } from './words.js';
import { FIRST_NAMES, orgHeadOf, groupHeadOf, adjectiveStem } from './lexicon.js';
import {
  NOT_ORG_ACRONYMS, COMPANY_SUFFIXES, ORG_HEADS_WITH_ARTICLE, SEAT_NAMED_CLASSES, type GrammaticalGender,
} from './de/organisations.js';
import { DETERMINERS } from './de/words.js';
import { WEB_DOMAIN_ENDINGS, ENGLISH_ORG_HEADS } from './de/organisations.js';
import { SPEECH_VERB_FORMS } from './de/speech.js';
import { isFunctionWord, DocNames } from './evidence.js';
import { info, cand, extendLeft, phraseAt, sourceTailOf, NO_INFO, INFLECTED_ER, type Candidate, type Gram } from './phrase.js';

export function organisationFromHead(words: readonly Word[], used: Uint8Array, i: number, org: ReturnType<typeof orgHeadOf> & object, s: number, doc: DocNames): Candidate | null {
  // Capitalised adjectives that belong to the name: "Internationale", "Russischen".
  let nameFirst = i;
  while (nameFirst > 0) {
    const w = words[nameFirst - 1];
    if (!w || used[nameFirst - 1] || !w.isWord || !w.cap || isFunctionWord(w.lower) || !/(e|en|er|es|em)$/.test(w.lower) || w.initial && DETERMINERS.has(w.lower)) break;
    if (info(w).role || info(w).org) break;
    nameFirst--;
  }
  // "für Weltwirtschaft", "für Migration und Flüchtlinge", "(IWF)".
  let last = i;
  const fuer = words[i + 1];
  if (fuer && fuer.lower === 'für' && words[i + 2]?.cap && words[i + 2]?.isWord && !used[i + 2]) {
    last = i + 2;
  }
  // "das Statistikamt Eurostat", "der Handelsverband HDE", "die Nachrichtenagentur Reuters":
  // the proper name after the head names the organisation and is its key.
  let properKey: string | null = null;
  let properName: string | null = null;
  const proper = words[last + 1];
  if (proper && proper.isWord && proper.cap && !used[last + 1] && !proper.initial && last === i) {
    const facts = info(proper);
    const known = facts.phrase ? phraseAt(words, last + 1) : undefined;
    if (known && known.phrase.kind === 'organisation') {
      properKey = known.phrase.key.toLowerCase();
      properName = known.phrase.name;
      last += known.length;
    } else if (!known && !facts.common && !facts.noun && !facts.functionWord && !facts.firstName && !/s$/.test(proper.text) &&
        (proper.allCaps ? !NOT_ORG_ACRONYMS.has(proper.text) : true)) {
      // "das Landgericht Mannheim": the seat belongs to the name, the head stays in it.
      if (!SEAT_NAMED_CLASSES.has(org.cls)) {
        properKey = proper.text.toLowerCase();
        properName = proper.text;
      }
      last += 1;
    }
  }
  const np = extendLeft(words, used, nameFirst);
  const named = nameFirst < i || last > i || org.modifier.length > 0;
  if (org.bare && !named && !(np.def === 'def' && ORG_HEADS_WITH_ARTICLE.has(org.base))) return null;
  if (np.def === 'indef' && !named) return null;
  if (org.plural && np.def === 'none' && !named && org.base !== 'behörden' && org.base !== 'streitkräfte') return null;
  const nameWords = words.slice(nameFirst, last + 1);
  const gender: Gram = org.plural ? 'pl' : org.gender === 'pl' ? 'pl' : org.gender;
  let key = properName ?? (named ? canonicalOrgName(nameWords, org.gender, i - nameFirst) : null);
  if (properName && !properKey?.includes(' ')) doc.organisations.set(properName, properName);
  // "die Regierung Joe Bidens", "die Regierung Frankreichs": a specific organisation, not an anaphor.
  const after = words[last + 1];
  const ownerFollows = !named && !!after && after.isWord && after.cap && !used[last + 1] && (FIRST_NAMES.has(after.text) || /s$/.test(after.text));
  if (ownerFollows) key = `${w0(words, i)}@${words[i]?.start ?? 0}`;
  return cand(s, {
    first: np.first, last, kind: 'organisation', type: 'organisation',
    gender, number: gender === 'pl' ? 'pl' : 'sg', def: np.def, oblique: np.oblique, genitive: np.genitive,
    key: properKey ?? (key ? key.toLowerCase() : null), cls: org.cls, canonical: ownerFollows ? null : key,
    nameStart: named ? (words[nameFirst]?.start ?? -1) : -1, nameEnd: named ? (words[last]?.end ?? -1) : -1,
  });
}

/**
 * The name of an organisation in the nominative without article, as a register would list
 * it: "des Russischen Fonds für Direktinvestitionen" → "Russischer Fonds für
 * Direktinvestitionen"; "des Instituts für Weltwirtschaft" → "Institut für Weltwirtschaft".
 */
export function canonicalOrgName(nameWords: readonly Word[], gender: GrammaticalGender, headIndex: number): string {
  const strong = gender === 'm' ? 'er' : gender === 'n' ? 'es' : 'e';
  return nameWords
    .map((w, k) => {
      // Place adjectives in -er do not inflect ("Schweizer Regierung", "Berliner Polizei").
      if (k < headIndex && w.lower.endsWith('er') && !INFLECTED_ER.test(w.lower)) return w.text;
      if (k < headIndex) return `${adjectiveStem(w.lower).replace(/^./, (c) => c.toUpperCase())}${strong}`;
      if (k === headIndex) {
        const hit = orgHeadOf(w.lower);
        if (hit && w.lower !== hit.modifier + hit.base && !hit.plural) {
          return w.text.slice(0, hit.modifier.length + hit.base.length);
        }
      }
      return w.text;
    })
    .join(' ');
}

export const MEDIUM_WORDS = /(zeitung|zeitschrift|magazin|blatt|sender|portal|site|seite|agentur|dienst|sendung|programm|partei|organisation|initiative|bündnis|kampagne|verein|gruppe|firma|band|club|klub)$/;

/**
 * "die Zeitschrift „Billboard“", "der „Focus“ berichtete", "Laut „Welt“", "dem „Figaro“
 * zufolge", "Die „Kampagne für ein Freies Tibet“ berichtete", "laut „tagesschau.de“": a name
 * in quotation marks after a medium or organisation noun, or framed as a source — after an
 * article (adjectives between allowed) with a speech verb or "zufolge" next to it, or after
 * "laut" or a speech verb. The quoted words read as a title: a capitalised first word (or a
 * site name), the rest capitalised or function words ("für ein", "am"), at most six.
 */
export function quotedName(words: readonly Word[], used: Uint8Array, i: number, s: number): Candidate | null {
  const w = words[i];
  if (!w || !w.isWord) return null;
  const open = i + 1;
  let close = -1;
  for (let k = open + 1; k < Math.min(words.length, open + 8); k++) {
    const t = words[k]?.text;
    if (t === '“' || t === '"' || t === '«' || t === '”') { close = k; break; }
  }
  if (close < 0 || close === open + 1) return null;
  const firstInside = words[open + 1];
  if (!firstInside) return null;
  const site = close === open + 2 && !firstInside.isWord && isSiteName(firstInside.text);
  if (!firstInside.cap && !site) return null;
  for (let k = open + 1; k < close; k++) if (used[k]) return null;
  const medium = w.cap && MEDIUM_WORDS.test(w.lower);
  // "Die „Kampagne …“ berichtete": the article may start the sentence.
  const article = DETERMINERS.get(w.lower)?.def === 'def';
  // "schrieb „Die Zeit“", "laut „Spiegel“", "Laut „Welt“": the name starts at the quotation mark.
  const laut = w.lower === 'laut';
  if (medium) return quotedCandidate(words, s, extendLeft(words, used, i), open, close);
  if (!titleWords(words, open, close, site)) return null;
  if (laut) return quotedCandidate(words, s, null, open, close);
  // After a speech verb a quotation is the rule ("verspricht „Metasuche ohne Müll“"): a name
  // only when every word is capitalised or an article ("schrieb „Die Zeit“").
  if (!w.cap && SPEECH_VERB_FORMS.has(w.lower)) return onlyNameWords(words, open, close, site) ? quotedCandidate(words, s, null, open, close) : null;
  const after = words[close + 1];
  const framedAfter = !!after && after.isWord && (SPEECH_VERB_FORMS.has(after.lower) || after.lower === 'zufolge');
  if (article) {
    const before = words[i - 1];
    const framed = framedAfter || (before?.isWord && (before.lower === 'laut' || SPEECH_VERB_FORMS.has(before.lower)));
    if (!framed) return null;
    return quotedCandidate(words, s, { first: i, def: 'def', oblique: false, genitive: false, determiner: w.lower }, open, close);
  }
  // "die liberale „El Mundo“ schrieb": an adjective between article and name; framed by the
  // verb after it only (a verb before may govern the article's phrase as its object).
  if (!w.cap && framedAfter) {
    const np = extendLeft(words, used, open);
    if (np.first < i && np.def === 'def') return quotedCandidate(words, s, np, open, close);
  }
  return null;
}

/**
 * The quoted words read as a title: a site name alone, or words that start and end
 * capitalised ("Initiative für saubere Flüsse", "Rundschau am Sonntag"), lower-case words
 * between them; a short title of two words has no lower-case word but a function word.
 */
function titleWords(words: readonly Word[], open: number, close: number, site: boolean): boolean {
  if (site) return true;
  const last = words[close - 1];
  if (!last || !last.isWord || !last.cap) return false;
  for (let k = open + 1; k < close; k++) {
    const x = words[k];
    if (!x || !x.isWord) return false;
    if (!x.cap && close - open <= 3 && !isFunctionWord(x.lower)) return false;
  }
  return true;
}

function onlyNameWords(words: readonly Word[], open: number, close: number, site: boolean): boolean {
  if (site) return true;
  if (close - open > 4) return false;
  for (let k = open + 1; k < close; k++) {
    const x = words[k];
    if (!x || (!x.cap && !DETERMINERS.has(x.lower))) return false;
  }
  return true;
}

function quotedCandidate(words: readonly Word[], s: number, np: ReturnType<typeof extendLeft> | null, open: number, close: number): Candidate {
  const nameText = words.slice(open + 1, close).map((x) => x.text).join(' ');
  return cand(s, {
    first: np ? np.first : open, last: close, kind: 'organisation', type: 'organisation', gender: 'u',
    def: np ? np.def : 'none', oblique: np ? np.oblique : false, genitive: np ? np.genitive : false,
    key: nameText.toLowerCase(), cls: 'medium', canonical: nameText,
    nameStart: words[open + 1]?.start ?? -1, nameEnd: words[close - 1]?.end ?? -1,
  });
}


/**
 * "Polizeiangaben" → the police (organisation), "Medienberichten" → the media (group),
 * "UNHCR-Angaben" → UNHCR. Returns the candidate fields, or null when the first part is not
 * an organisation, group or acronym.
 */
export function compoundSource(w: Word): Pick<Candidate, 'kind' | 'type' | 'key' | 'cls' | 'canonical' | 'gender' | 'number'> | null {
  const lower = w.lower;
  const facts = info(w);
  const tail = facts === NO_INFO ? sourceTailOf(lower) : facts.sourceTail;
  if (!tail) return null;
  let head = w.text.slice(0, w.text.length - tail.length);
  if (head.endsWith('-')) head = head.slice(0, -1);
  const headLower = head.toLowerCase();
  const stem = headLower.endsWith('s') && !orgHeadOf(headLower) ? headLower.slice(0, -1) : headLower;
  // "Regierungskreise", "Sicherheitskreisen": circles are a group, whoever they belong to.
  if (tail.startsWith('kreis')) {
    return { kind: 'group', type: 'group', key: `${stem}kreise`, cls: 'kreise', canonical: null, gender: 'pl', number: 'pl' };
  }
  if (/^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(head) && !NOT_ORG_ACRONYMS.has(head)) {
    return { kind: 'organisation', type: 'organisation', key: headLower, cls: 'acronym', canonical: head, gender: 'u', number: 'sg' };
  }
  const org = orgHeadOf(stem);
  if (org && !org.bare) {
    const name = head.endsWith('s') && stem !== headLower ? head.slice(0, -1) : head;
    return { kind: 'organisation', type: 'organisation', key: org.modifier ? stem : null, cls: org.cls, canonical: name, gender: org.gender === 'pl' ? 'pl' : org.gender, number: org.gender === 'pl' ? 'pl' : 'sg' };
  }
  const group = groupHeadOf(stem) ?? (groupHeadOf(`${stem}n`) ? `${stem}n` : undefined);
  if (group) {
    return { kind: 'group', type: 'group', key: group ?? stem, cls: group ?? stem, canonical: null, gender: 'pl', number: 'pl' };
  }
  return null;
}

export function w0(words: readonly Word[], i: number): string {
  return words[i]?.text ?? '';
}

export function companyEnd(words: readonly Word[], used: Uint8Array, i: number): number {
  for (let k = i + 1; k < Math.min(words.length, i + 5); k++) {
    const w = words[k];
    if (!w || used[k]) return -1;
    if (COMPANY_SUFFIXES.has(w.text) || (words[k + 1]?.text === '.' && COMPANY_SUFFIXES.has(`${w.text}.`))) return k;
    if (!w.isWord || !w.cap) return -1;
  }
  return -1;
}

/**
 * "tagesschau.de", "t-online.de", "GGG.at": a bare site name (letters, digits, hyphens and
 * dots, a known top-level domain) — the site as a source. Not an address: "www.", a path or
 * an e-mail says where to look. Asked only of non-word tokens that start with a letter (the
 * tokens stage makes every domain one token).
 */
export function isSiteName(text: string): boolean {
  const dot = text.lastIndexOf('.');
  if (dot < 2 || !WEB_DOMAIN_ENDINGS.has(text.slice(dot + 1).toLowerCase())) return false;
  if (text.startsWith('www.') || text.startsWith('WWW.')) return false;
  for (let k = 0; k < dot; k++) {
    const c = text.charCodeAt(k);
    // Letters (any script), digits, hyphen, dot; '/', '@', ':' make it an address.
    if (c === 0x2f || c === 0x40 || c === 0x3a) return false;
  }
  return true;
}

export function siteName(words: readonly Word[], i: number, s: number): Candidate {
  const w = words[i]!;
  return cand(s, {
    first: i, last: i, kind: 'organisation', type: 'organisation', gender: 'u', key: w.text.toLowerCase(), cls: 'medium',
    canonical: w.text, nameStart: w.start, nameEnd: w.end,
  });
}

/**
 * "Hoover Institution", "British Broadcasting Corporation": capitalised words that are not
 * German nouns, closed by an English organisation head (ENGLISH_ORG_HEADS). The index of the
 * head, or -1.
 */
export function englishOrgEnd(words: readonly Word[], used: Uint8Array, i: number): number {
  for (let k = i; k < Math.min(words.length, i + 5); k++) {
    const w = words[k];
    if (!w || used[k] || !w.isWord || !w.cap) return -1;
    if (k > i && ENGLISH_ORG_HEADS.has(w.text)) {
      // "Cambridge University Press": a head after the head closes the name.
      let last = k;
      while (words[last + 1]?.isWord && ENGLISH_ORG_HEADS.has(words[last + 1]!.text) && !used[last + 1]) last++;
      return last;
    }
    const facts = info(w);
    if (facts.common || facts.noun || facts.functionWord || facts.firstName) return -1;
  }
  return -1;
}
