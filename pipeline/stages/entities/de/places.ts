/**
 * Scope: states, their capitals and their seats of government, which German news uses as
 * actors ("Moskau lehnt ab", "der Kreml erklärte", "Washington verhängte Zölle", "die USA
 * drängen"), plus continents, blocs and major cities that act the same way. Compiled for
 * this project from general geographic knowledge, in German spelling (with common
 * alternative transliterations: Kiew/Kyjiw).
 *
 * One line per state: `State|gender|capital,…|seat,…|alias,…`. Gender is the grammatical
 * gender used for pronouns and articles (n: Russland, es; f: die Ukraine, sie; m: der Iran,
 * er; pl: die USA, sie). A state, its capital and its seat of government are ONE actor: a
 * document's "Moskau", "der Kreml" and "Russland" become one entity (named after the state
 * when the document names it). Genitive forms (Russlands, Kiews, des Kremls) are generated.
 * Capitals and seats are neuter/masculine as given in SEAT_GENDER.
 */
const STATES = `
Russland|n|Moskau|Kreml|Russische Föderation
Ukraine|f|Kiew,Kyjiw,Kiev,Kyiv||
USA|pl|Washington|Weißes Haus|Vereinigte Staaten,US-Regierung,Vereinigten Staaten von Amerika,Amerika
Deutschland|n|Berlin|Kanzleramt|Bundesrepublik
Frankreich|n|Paris|Élysée,Elysée,Élysée-Palast|
Großbritannien|n|London|Downing Street|Vereinigtes Königreich,Vereinigte Königreich,Britannien
China|n|Peking,Beijing||Volksrepublik China
Japan|n|Tokio||
Indien|n|Neu-Delhi||
Pakistan|n|Islamabad||
Iran|m|Teheran||
Irak|m|Bagdad||
Israel|n|Jerusalem,Tel Aviv||
Türkei|f|Ankara||
Syrien|n|Damaskus||
Libanon|m|Beirut||
Jordanien|n|Amman||
Ägypten|n|Kairo||
Saudi-Arabien|n|Riad||
Katar|n|Doha||
Jemen|m|Sanaa||
Afghanistan|n|Kabul||
Belarus|n|Minsk||Weißrussland
Polen|n|Warschau||
Tschechien|n|Prag||
Slowakei|f|Bratislava||
Ungarn|n|Budapest||
Rumänien|n|Bukarest||
Bulgarien|n|Sofia||
Moldau|f|Chisinau,Chișinău||Moldawien,Republik Moldau
Georgien|n|Tiflis||
Armenien|n|Eriwan||
Aserbaidschan|n|Baku||
Kasachstan|n|Astana||
Serbien|n|Belgrad||
Kroatien|n|Zagreb||
Griechenland|n|Athen||
Italien|n|Rom||
Spanien|n|Madrid||
Portugal|n|Lissabon||
Österreich|n|Wien||
Schweiz|f|Bern||
Niederlande|pl|Amsterdam,Den Haag||
Belgien|n|||
Dänemark|n|Kopenhagen||
Schweden|n|Stockholm||
Norwegen|n|Oslo||
Finnland|n|Helsinki||
Estland|n|Tallinn||
Lettland|n|Riga||
Litauen|n|Vilnius,Wilna||
Irland|n|Dublin||
Kanada|n|Ottawa||
Mexiko|n|Mexiko-Stadt||
Brasilien|n|Brasília,Brasilia||
Argentinien|n|Buenos Aires||
Venezuela|n|Caracas||
Kuba|n|Havanna||
Kolumbien|n|Bogotá||
Chile|n|Santiago de Chile||
Südafrika|n|Pretoria||
Nigeria|n|Abuja||
Äthiopien|n|Addis Abeba||
Kenia|n|Nairobi||
Sudan|m|Khartum||
Libyen|n|Tripolis||
Tunesien|n|Tunis||
Algerien|n|Algier||
Marokko|n|Rabat||
Nordkorea|n|Pjöngjang||
Südkorea|n|Seoul||
Taiwan|n|Taipeh||
Vietnam|n|Hanoi||
Thailand|n|Bangkok||
Indonesien|n|Jakarta||
Philippinen|pl|Manila||
Australien|n|Canberra||
Neuseeland|n|Wellington||
Vatikan|m|||Heiliger Stuhl
Palästinensergebiete|pl|Ramallah||
Gazastreifen|m|||Gaza
`;

/** Places that act but are not states: blocs, continents, cities, regions. Key|gender. */
const OTHER_ACTORS = `
Europa|n
Brüssel|n
Westen|m
Osten|m
Afrika|n
Asien|n
Lateinamerika|n
Nahost|n
New York|n
Genf|n
Straßburg|n
Luxemburg|n
München|n
Hamburg|n
Frankfurt|n
Köln|n
Bayern|n
Sachsen|n
Thüringen|n
Brandenburg|n
Hessen|n
Niedersachsen|n
Nordrhein-Westfalen|n
Baden-Württemberg|n
Kalifornien|n
Texas|n
Florida|n
Krim|f
Donbass|m
Cherson|n
Charkiw|n
Odessa|n
Mariupol|n
Gaza|n
St. Petersburg|n
`;

export type PlaceGender = 'm' | 'f' | 'n' | 'pl';
export type PlaceRank = 'state' | 'capital' | 'seat' | 'other';

export interface PlaceName {
  /** As written (nominative). */
  name: string;
  /** The actor this name stands for: the state name, or the place itself. */
  actor: string;
  rank: PlaceRank;
  gender: PlaceGender;
}

/** Gender of capitals and seats when it differs from neuter. */
const SEAT_GENDER: Readonly<Record<string, PlaceGender>> = {
  Kreml: 'm', 'Weißes Haus': 'n', Kanzleramt: 'n', 'Élysée': 'm', 'Elysée': 'm', 'Élysée-Palast': 'm', 'Downing Street': 'f',
  'Den Haag': 'n',
};

export const PLACE_NAMES: readonly PlaceName[] = (() => {
  const out: PlaceName[] = [];
  for (const line of STATES.trim().split('\n')) {
    const [state = '', gender = 'n', capitals = '', seats = '', aliases = ''] = line.split('|');
    const g = gender as PlaceGender;
    out.push({ name: state, actor: state, rank: 'state', gender: g });
    for (const a of aliases.split(',').filter(Boolean)) {
      out.push({ name: a, actor: state, rank: 'state', gender: /Staaten|Vereinigten/.test(a) ? 'pl' : a.startsWith('US-') ? 'f' : g === 'pl' ? 'n' : g });
    }
    for (const c of capitals.split(',').filter(Boolean)) out.push({ name: c, actor: state, rank: 'capital', gender: SEAT_GENDER[c] ?? 'n' });
    for (const s of seats.split(',').filter(Boolean)) out.push({ name: s, actor: state, rank: 'seat', gender: SEAT_GENDER[s] ?? 'n' });
  }
  for (const line of OTHER_ACTORS.trim().split('\n')) {
    const [name = '', gender = 'n'] = line.split('|');
    out.push({ name, actor: name, rank: 'other', gender: gender as PlaceGender });
  }
  return out;
})();

/**
 * Prepositions after which a place is a location, not an actor: "in Washington", "nach
 * Riad", "bei Awdijiwka". "von", "aus" and "gegenüber" are left out on purpose: "von Moskau
 * ins Spiel gebracht", "hieß es aus Moskau", "gegenüber Moskau" name the actor.
 */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'im', 'nach', 'bei', 'beim', 'nahe', 'nördlich', 'südlich', 'östlich', 'westlich', 'bis',
  'durch', 'um', 'ab', 'zwischen', 'quer', 'innerhalb', 'außerhalb', 'unweit', 'vor', 'hinter',
  'rund', 'über', 'via', 'ins',
]);
