/**
 * Scope: the most frequent closed-class words (articles, pronouns, conjunctions,
 * prepositions, auxiliaries) of German and of the languages German news archives are most
 * often mixed with. Used only as a second opinion beside franc's trigram model: on short or
 * closely related text (Dutch, Low German, English quotes) function words separate the
 * languages more reliably than trigrams, and they give a confidence that means something.
 * Lists compiled for this project from general knowledge of each language's grammar; words
 * that two languages share (in, was, an, will) are listed under each, and a hit on such a word is
 * split between them.
 */
export const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  de: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'dem', 'des', 'sich', 'auf', 'für',
    'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'im', 'am', 'auch', 'es', 'sie', 'er', 'wir',
    'ich', 'zu', 'von', 'vom', 'zum', 'zur', 'bei', 'beim', 'nach', 'wird', 'werden', 'wurde',
    'wurden', 'sind', 'hat', 'haben', 'hatte', 'sei', 'seien', 'nur', 'noch', 'wie', 'aber',
    'oder', 'wenn', 'dass', 'über', 'aus', 'durch', 'gegen', 'ohne', 'um', 'unter', 'zwischen',
    'doch', 'schon', 'sehr', 'kein', 'keine', 'diese', 'dieser', 'dieses', 'ihre', 'ihr', 'sein',
    'seine', 'uns', 'man', 'war', 'waren', 'kann', 'können', 'soll', 'sollen', 'muss', 'müssen',
    'bereits', 'jedoch', 'sagte', 'sagt', 'gibt', 'gab', 'mehr', 'immer', 'wieder', 'nun', 'heute',
    'seit', 'bis', 'vor', 'weil', 'damit', 'denn', 'sondern', 'sowie', 'etwa', 'rund', 'laut',
    'zufolge', 'allem', 'alle', 'viele', 'wurde', 'worden', 'gewesen', 'habe', 'hätten', 'würde',
    'würden', 'könnte', 'sollte', 'zwei', 'drei', 'jahr', 'jahren', 'prozent', 'sagen', 'erklärte',
  ],
  en: [
    'the', 'and', 'of', 'to', 'is', 'that', 'it', 'for', 'with', 'on', 'as', 'are', 'be', 'this',
    'by', 'from', 'at', 'or', 'have', 'has', 'not', 'but', 'they', 'we', 'you', 'he', 'she',
    'his', 'her', 'their', 'which', 'would', 'will', 'said', 'been', 'were', 'there', 'than',
    'about', 'after', 'into', 'more', 'who', 'what', 'when', 'its', 'our', 'had', 'also',
    'was', 'an', 'in', 'will', 'can', 'could', 'should', 'there', 'these', 'those', 'them',
    'year', 'years', 'percent', 'says', 'told', 'over', 'under', 'between', 'against', 'without',
  ],
  nl: [
    'het', 'een', 'van', 'niet', 'op', 'dat', 'zijn', 'voor', 'met', 'naar', 'ook', 'maar',
    'bij', 'nog', 'wordt', 'werd', 'heeft', 'hebben', 'deze', 'dit', 'zij', 'wij', 'ze', 'hij',
    'geen', 'uit', 'tot', 'door', 'wel', 'al', 'om', 'kan', 'moet', 'zou', 'haar', 'hun', 'onze',
    'veel', 'meer', 'dan', 'omdat', 'tegen', 'zei', 'volgens', 'tussen', 'na', 'over',
  ],
  fr: [
    'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'un', 'que', 'qui', 'pour', 'dans',
    'sur', 'pas', 'ne', 'au', 'aux', 'avec', 'ce', 'cette', 'il', 'elle', 'nous', 'vous', 'ils',
    'sont', 'été', 'mais', 'ou', 'leur', 'plus', 'par', 'son', 'sa', 'ses', 'selon', 'avait',
  ],
  es: [
    'el', 'los', 'las', 'del', 'y', 'que', 'por', 'para', 'con', 'una', 'es', 'se', 'lo', 'su',
    'sus', 'al', 'como', 'pero', 'más', 'este', 'esta', 'fue', 'han', 'ha', 'según', 'sobre',
  ],
  it: [
    'il', 'lo', 'gli', 'della', 'delle', 'degli', 'che', 'per', 'con', 'una', 'è', 'non', 'si',
    'sono', 'nel', 'nella', 'alla', 'al', 'come', 'ma', 'questo', 'questa', 'anche', 'ha',
  ],
};
