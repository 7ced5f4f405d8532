/**
 * Scope: a small set of speech-act forms used here only as evidence that a capitalised word
 * next to them is a speaker ("sagte Habeck", "Habeck betonte", "so Merz", "Merz zufolge")
 * and that a mention was a speaker (which makes it a likelier antecedent for a later "er").
 * The full speech-verb lexicon with Konjunktiv forms belongs to the quotes stage. Compiled
 * for this project: the finite forms (3rd person, present and past) of frequent reporting
 * verbs in German news.
 */
const STEMS = [
  'sag', 'betont', 'erklär', 'warn', 'forder', 'kritisier', 'bestätig', 'beton', 'erwider', 'antwort', 'berichte',
  'meld', 'teil', 'kündig', 'räum', 'mahn', 'bekräftig', 'versicher', 'unterstrich', 'unterstreich', 'ergänz',
  'schreib', 'schrieb', 'sprach', 'sprich', 'meint', 'mein', 'glaub', 'hoff', 'fürcht', 'behaupt', 'verweis', 'verwies',
  'wies', 'weist', 'lob', 'beklag', 'bezeichne', 'nann', 'nenn', 'zitier', 'argumentier', 'appellier', 'drohe', 'droh',
  'verkünd', 'erinner', 'stell', 'äußer', 'kommentier', 'begründ', 'verteidig', 'entgegn', 'rief', 'ruf', 'fragt',
  'führ', 'schlug', 'verlang', 'bestritt', 'bestreit', 'dementier', 'widersprach', 'widersprich', 'erläuter', 'beteuer',
  'schilder', 'bemängel', 'bedauer', 'begrüß', 'wiederhol', 'präzisier', 'klag', 'bilanzier', 'resümier',
  'prognostizier', 'versprach', 'versprich', 'kündigt', 'sagt',
];
/** Finite forms built from the stems above with the endings -t, -te, -ten, -en, -e. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set(
  STEMS.flatMap((s) => [s, `${s}t`, `${s}te`, `${s}ten`, `${s}en`, `${s}e`, `${s}et`, `${s}ete`]),
);
/** Cue words that frame a source: "laut X", "X zufolge", "so X" (postposed). */
export const SOURCE_CUES: ReadonlySet<string> = new Set(['laut', 'zufolge', 'so', 'sagt', 'sagte', 'meldete', 'berichtete']);
