/**
 * Scope: closed-class German words the mention finder needs: articles and other
 * determiners (they open a noun phrase and tell definite from indefinite), prepositions
 * (a mention after one is oblique: not a subject, a weaker antecedent), subject pronouns
 * that can refer to a speaker, and words that are capitalised only because they start a
 * sentence. Compiled for this project from German grammar.
 */

export type Definiteness = 'def' | 'indef' | 'quant' | 'poss';

export interface DeterminerInfo {
  def: Definiteness;
  /** Dative or accusative form: the phrase is not the subject. */
  oblique: boolean;
  genitive: boolean;
}

function determiners(): Map<string, DeterminerInfo> {
  const map = new Map<string, DeterminerInfo>();
  const add = (list: string, def: Definiteness, oblique: boolean, genitive = false) => {
    for (const w of list.split(' ')) map.set(w, { def, oblique, genitive });
  };
  add('der die das dieser diese dieses jener jene jenes', 'def', false);
  add('den dem diesen diesem jenen jenem', 'def', true);
  add('des', 'def', true, true);
  add('ein eine kein keine', 'indef', false);
  add('einen einem einer keinen keinem keiner', 'indef', true);
  add('eines keines', 'indef', true, true);
  add('einige mehrere viele manche zahlreiche etliche wenige alle beide andere weitere verschiedene', 'quant', false);
  add('seine sein ihre ihr unser unsere euer eure deren dessen', 'poss', false);
  add('seinen seinem seiner seines ihren ihrem ihrer ihres unserem unseren unserer', 'poss', true);
  return map;
}

/** Determiners → definiteness and whether they mark an oblique or genitive phrase. */
export const DETERMINERS: ReadonlyMap<string, DeterminerInfo> = determiners();

/** Prepositions (and contractions) that make the following noun phrase oblique. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'im', 'ins', 'an', 'am', 'ans', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'zu', 'zum', 'zur',
  'für', 'gegen', 'ohne', 'um', 'unter', 'über', 'vor', 'hinter', 'neben', 'zwischen', 'durch', 'trotz', 'wegen',
  'während', 'seit', 'bis', 'gegenüber', 'laut', 'dank', 'statt', 'anstelle', 'außer', 'samt', 'nahe', 'entlang',
  'innerhalb', 'außerhalb', 'seitens', 'zufolge', 'mittels', 'binnen', 'ab', 'per', 'pro', 'via', 'als', 'wie',
]);

/**
 * Prepositions after which the mention still names the one who speaks: "laut X", "nach
 * Angaben von X", "seitens X". Mentions after these are not penalised as oblique.
 */
export const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['laut', 'seitens', 'zufolge']);

/** Nominative personal pronouns that can refer to a speaker. "es" is left out: it rarely does. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['er', 'sie', 'Er', 'Sie']);

/**
 * Quantifiers used as pronouns for an unnamed group of people ("Einige vertreten die
 * Auffassung", "wie viele befürchten", "Die beiden werden beschuldigt"): a group of its own
 * when no noun follows. `article`: only after "die" ("die beiden", "die meisten", "die anderen").
 */
export const QUANTIFIER_PRONOUNS: ReadonlyMap<string, { article: boolean }> = new Map([
  ['einige', { article: false }], ['viele', { article: false }], ['manche', { article: false }], ['mehrere', { article: false }],
  ['beide', { article: false }], ['wenige', { article: false }], ['andere', { article: false }],
  ['beiden', { article: true }], ['meisten', { article: true }], ['anderen', { article: true }],
]);

/** Demonstratives used as pronouns ("bezeichnet dieser den Kremlchef"). */
export const DEMONSTRATIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f'> = new Map([['dieser', 'm'], ['diese', 'f'], ['Dieser', 'm'], ['Diese', 'f'], ['letzterer', 'm'], ['Letzterer', 'm'], ['letztere', 'f'], ['Letztere', 'f']]);

/**
 * Closed-class and adverbial words that may appear capitalised at the start of a sentence
 * (or after a colon or quote mark) and are never names.
 */
export const SENTENCE_INITIAL_NON_NAMES: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'er', 'sie', 'es',
  'ich', 'wir', 'ihr', 'man', 'dies', 'diese', 'dieser', 'dieses', 'jene', 'sein', 'seine', 'ihre', 'unsere',
  'mein', 'meine', 'unser', 'und', 'aber', 'doch', 'denn', 'oder', 'sondern', 'dann', 'danach', 'daher', 'deshalb',
  'deswegen', 'trotzdem', 'dennoch', 'jedoch', 'zudem', 'außerdem', 'auch', 'so', 'also', 'nun', 'jetzt', 'heute',
  'gestern', 'morgen', 'damals', 'später', 'zuvor', 'bereits', 'schon', 'noch', 'nur', 'erst', 'zwar', 'immerhin',
  'allerdings', 'inzwischen', 'mittlerweile', 'gleichzeitig', 'zugleich', 'zunächst', 'schließlich', 'letztlich',
  'tatsächlich', 'offenbar', 'vielleicht', 'wahrscheinlich', 'hier', 'dort', 'da', 'wo', 'wie', 'was', 'wer', 'wann',
  'warum', 'weshalb', 'wieso', 'ob', 'wenn', 'als', 'weil', 'während', 'nachdem', 'obwohl', 'seit', 'seitdem',
  'bevor', 'damit', 'dass', 'falls', 'sobald', 'solange', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit',
  'nach', 'von', 'vom', 'zu', 'zum', 'zur', 'für', 'gegen', 'ohne', 'um', 'unter', 'über', 'vor', 'hinter', 'neben',
  'zwischen', 'trotz', 'wegen', 'laut', 'dabei', 'darauf', 'dazu', 'davon', 'dafür', 'dagegen', 'darum', 'deren',
  'dessen', 'kein', 'keine', 'nicht', 'nie', 'niemand', 'alle', 'viele', 'einige', 'mehrere', 'beide', 'jeder', 'jede',
  'jedes', 'insgesamt', 'ebenso', 'ebenfalls', 'besonders', 'hingegen', 'indes', 'unterdessen', 'derweil',
  'anschließend', 'bisher', 'bislang', 'demnach', 'somit', 'sollte', 'wird', 'wurde', 'ist', 'war', 'hat', 'hatte',
  'kann', 'muss', 'soll', 'will', 'würde', 'könnte', 'dürfte', 'gibt', 'gab', 'geht', 'ging', 'bleibt', 'steht',
  'klar', 'fest', 'kurz', 'lange', 'mehr', 'weniger', 'ziel', 'einzige', 'einziger', 'ab', 'bis', 'seither', 'nein',
  'ja', 'gut', 'sehr', 'ganz', 'eben', 'gerade', 'wohl', 'etwa', 'rund', 'fast', 'kaum', 'sogar', 'selbst', 'laut',
]);
