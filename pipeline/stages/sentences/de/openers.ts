/**
 * Scope: closed-class German words (articles, pronouns, conjunctions, sentence adverbs,
 * prepositions) that are capitalised only at the start of a sentence. Because every German
 * noun is capitalised, a capital letter after a period says little; one of these words
 * after an ambiguous period ("… bis 19. Während …", "… usw. Dann …") says a new sentence
 * begins. Compiled for this project; lower-case forms, matched case-sensitively after
 * lower-casing the first letter.
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'er', 'sie', 'es', 'ich', 'wir', 'ihr', 'man', 'dies', 'diese', 'dieser', 'dieses', 'jene',
  'sein', 'seine', 'ihre', 'unsere', 'mein', 'meine', 'unser',
  'und', 'aber', 'doch', 'denn', 'oder', 'sondern', 'dann', 'danach', 'daher', 'deshalb',
  'deswegen', 'trotzdem', 'dennoch', 'jedoch', 'zudem', 'außerdem', 'auch', 'so', 'also',
  'nun', 'jetzt', 'heute', 'gestern', 'morgen', 'damals', 'später', 'zuvor', 'bereits',
  'schon', 'noch', 'nur', 'erst', 'zwar', 'immerhin', 'allerdings', 'inzwischen',
  'mittlerweile', 'gleichzeitig', 'zugleich', 'zunächst', 'schließlich', 'letztlich',
  'tatsächlich', 'offenbar', 'vielleicht', 'wahrscheinlich', 'hier', 'dort', 'da', 'wo',
  'wie', 'was', 'wer', 'wann', 'warum', 'weshalb', 'wieso', 'ob', 'wenn', 'als', 'weil',
  'während', 'nachdem', 'obwohl', 'seit', 'seitdem', 'bevor', 'damit', 'dass', 'falls',
  'sobald', 'solange', 'in', 'im', 'am', 'an', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach',
  'von', 'vom', 'zu', 'zum', 'zur', 'für', 'gegen', 'ohne', 'um', 'unter', 'über', 'vor',
  'hinter', 'neben', 'zwischen', 'trotz', 'wegen', 'laut', 'dabei', 'darauf', 'dazu',
  'davon', 'dafür', 'dagegen', 'darum', 'deren', 'dessen', 'kein', 'keine', 'nicht', 'nie',
  'niemand', 'alle', 'viele', 'einige', 'mehrere', 'beide', 'jeder', 'jede', 'jedes',
  'insgesamt', 'ebenso', 'ebenfalls', 'besonders', 'vor allem', 'hingegen', 'indes',
  'unterdessen', 'derweil', 'anschließend', 'bisher', 'bislang', 'demnach', 'somit',
  // adverbs and particles that open news sentences
  'angeblich', 'mehrmals', 'erstmals', 'zuletzt', 'kürzlich', 'jüngst', 'seither', 'hierzu',
  'hierbei', 'zusätzlich', 'ferner', 'weiterhin', 'stattdessen', 'vielmehr', 'übrigens',
  'natürlich', 'leider', 'womöglich', 'möglicherweise', 'vermutlich', 'eigentlich', 'zuerst',
  'anfangs', 'kaum', 'fast', 'rund', 'etwa', 'sogar', 'selbst', 'wieder', 'immer', 'oft',
  'manchmal', 'häufig', 'stets', 'meist', 'meistens', 'folglich', 'deshalb', 'dadurch',
  'demgegenüber', 'dennoch', 'gleichwohl', 'ebenso', 'insofern', 'sowohl', 'weder',
  'entweder', 'wobei', 'zumal', 'sofern', 'soweit', 'wenngleich', 'offiziell', 'bekanntlich',
  'ja', 'nein', 'dazu', 'hierfür', 'dafür', 'daraufhin', 'darüber', 'außerdem', 'zumindest',
  'wenigstens', 'mindestens', 'höchstens', 'sonst', 'ansonsten', 'künftig', 'bald', 'neu',
  // more prepositions, pronouns and determiners
  'durch', 'gegenüber', 'ab', 'seit', 'statt', 'infolge', 'aufgrund', 'dank', 'angesichts',
  'innerhalb', 'außerhalb', 'bis', 'ihm', 'ihn', 'ihnen', 'uns', 'mir', 'mich', 'sich',
  'jemand', 'etwas', 'nichts', 'alles', 'manche', 'solche', 'welche', 'sämtliche', 'andere',
  'weitere', 'wenige', 'zahlreiche', 'ihr', 'ihren', 'ihrem', 'seinen', 'seinem', 'unseren',
  'diesem', 'diesen', 'jener', 'jenem', 'keiner', 'keinen', 'jedem', 'jeden', 'einige',
];
