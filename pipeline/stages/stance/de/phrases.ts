/**
 * Multiword expressions whose polarity is not the sum of their words: idioms of political
 * language ("auf Zeit spielen", "das wahre Gesicht", "ein Schritt in die richtige
 * Richtung"). Written for this project from news usage; no entries are taken from SentiWS or
 * any other list.
 *
 * One entry per string: `words weight [@gen]`: lowercase words that must follow each other;
 * `*` at the end of a word accepts any ending (spiel* = spielen, spielt, spielte). A phrase
 * wins over the single words it contains. `@gen`: the target is the genitive that follows
 * ("das wahre Gesicht der Russen").
 */
export const PHRASES: readonly string[] = [
  'wahre gesicht* -0.7 @gen',
  'wahres gesicht -0.7 @gen',
  'schlag ins gesicht -0.8',
  'auf zeit spiel* -0.5',
  'auf zeit zu spielen -0.5',
  'die uhr läuft -0.3',
  'die uhr tickt -0.3',
  'geht zu weit -0.6',
  'zu weit gegangen -0.6',
  'rote linie* -0.5',
  'in die irre -0.6',
  'hinters licht -0.7',
  'mit füßen getreten -0.8',
  'mit füßen tret* -0.8',
  'auf dem holzweg -0.7',
  'in die sackgasse -0.6',
  'zum scheitern verurteilt -0.7',
  'schritt in die richtige richtung 0.6',
  'richtige richtung 0.5',
  'falsche richtung -0.5',
  'falsche signal* -0.5',
  'falsches signal -0.5',
  'gutes zeichen 0.6',
  'gutes signal 0.6',
  'an der seite 0.5',
  'auf augenhöhe 0.5',
  'auf dem richtigen weg 0.6',
  'auf einem guten weg 0.6',
  'hand in hand 0.4',
  'ins leere -0.5',
  'öl ins feuer -0.7',
  'zu lasten -0.4 @gen',
  'zulasten -0.4 @gen',
  'auf kosten -0.4 @gen',
  'in gefahr -0.5',
  'unter druck -0.4',
  'in der kritik -0.5',
  'in verruf -0.6',
  'kein interesse -0.5',
  'keinerlei interesse -0.6',
  'nicht ernst gemeint -0.5',
  'reden und handeln -0.3',
  'leere versprechen* -0.7',
  'leeren worte* -0.6',
  'heiße luft -0.6',
  'eine frage der zeit 0',
  'am verhandlungstisch 0.2',
  'ohne wenn und aber 0',
  'grünes licht 0.5',
  'rückendeckung 0.6',
  'zum glück 0.5',
  'mit sorge -0.5',
  'mit genugtuung 0.5',
  'mit erleichterung 0.6',
  'mit unverständnis -0.6',
  'mit empörung -0.7',
];
