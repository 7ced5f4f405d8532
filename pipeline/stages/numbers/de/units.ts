/**
 * Scope: the unit words and symbols that follow (or, for currency symbols, precede) a
 * number in German news, with the normalised unit each maps to. Keys are matched in lower
 * case unless listed under CASE_SENSITIVE_UNITS (single letters and symbols that are also
 * ordinary words: "t", "m", "MW"). Sources: ISO 4217 for money, SI/Duden for measures,
 * dpa style for abbreviations. Subunits (Cent, Rappen, Kopeken, Pence) carry a factor into
 * the main unit: 3,17 Cent = 0.0317 EUR.
 */
import type { NumberKind } from '../types.js';

export interface UnitInfo {
  unit: string;
  kind: NumberKind;
  /** Multiply the written value by this to get the value in `unit` (Cent → 0.01). */
  factor?: number;
}

const pct = (unit: string): UnitInfo => ({ unit, kind: 'percent' });
const money = (unit: string, factor?: number): UnitInfo => (factor ? { unit, kind: 'currency', factor } : { unit, kind: 'currency' });
const measure = (unit: string, factor?: number): UnitInfo => (factor ? { unit, kind: 'quantity', factor } : { unit, kind: 'quantity' });
const time = (unit: string): UnitInfo => ({ unit, kind: 'duration' });

/** Units after the number, by lower-case word (inflected forms listed). */
export const UNIT_WORDS: Readonly<Record<string, UnitInfo>> = {
  prozent: pct('%'), '%': pct('%'), 'v.h.': pct('%'),
  prozentpunkt: pct('pp'), prozentpunkte: pct('pp'), prozentpunkten: pct('pp'), pp: pct('pp'),
  basispunkt: pct('bp'), basispunkte: pct('bp'), basispunkten: pct('bp'),
  promille: pct('‰'), '‰': pct('‰'),

  euro: money('EUR'), '€': money('EUR'),
  cent: money('EUR', 0.01), 'euro-cent': money('EUR', 0.01), eurocent: money('EUR', 0.01),
  dollar: money('USD'), 'us-dollar': money('USD'), '$': money('USD'), 'us$': money('USD'),
  'us-cent': money('USD', 0.01),
  rubel: money('RUB'), kopeken: money('RUB', 0.01),
  pfund: money('GBP'), '£': money('GBP'), pence: money('GBP', 0.01), penny: money('GBP', 0.01),
  franken: money('CHF'), rappen: money('CHF', 0.01),
  hrywnja: money('UAH'), hrywnjas: money('UAH'), griwna: money('UAH'), griwnas: money('UAH'),
  yuan: money('CNY'), renminbi: money('CNY'),
  yen: money('JPY'), '¥': money('JPY'),
  zloty: money('PLN'), złoty: money('PLN'),
  lira: money('TRY'),
  rupien: money('INR'), rupie: money('INR'),
  forint: money('HUF'),
  schekel: money('ILS'), rupiah: money('IDR'), rp: money('IDR'), won: money('KRW'), real: money('BRL'),
  bitcoin: money('BTC'), mark: money('DEM'), 'd-mark': money('DEM'), 'deutsche mark': money('DEM'), schilling: money('ATS'),

  kilometer: measure('km'), kilometern: measure('km'), km: measure('km'),
  meter: measure('m'), metern: measure('m'), zentimeter: measure('cm'), zentimetern: measure('cm'), cm: measure('cm'),
  millimeter: measure('mm'), millimetern: measure('mm'), mm: measure('mm'),
  meile: measure('mi'), meilen: measure('mi'), seemeilen: measure('nmi'), seemeile: measure('nmi'),
  quadratkilometer: measure('km²'), quadratkilometern: measure('km²'), 'km²': measure('km²'), 'km2': measure('km²'),
  quadratmeter: measure('m²'), quadratmetern: measure('m²'), 'm²': measure('m²'), qm: measure('m²'),
  hektar: measure('ha'), ha: measure('ha'),
  kubikmeter: measure('m³'), kubikmetern: measure('m³'), 'm³': measure('m³'),
  tonne: measure('t'), tonnen: measure('t'), kilogramm: measure('kg'), kilo: measure('kg'), kg: measure('kg'),
  gramm: measure('g'), milligramm: measure('mg'), mg: measure('mg'),
  liter: measure('l'), litern: measure('l'), hektoliter: measure('hl'), milliliter: measure('ml'), ml: measure('ml'),
  barrel: measure('bbl'), unze: measure('oz'), unzen: measure('oz'), feinunze: measure('oz'), feinunzen: measure('oz'),
  grad: measure('°C'), '°c': measure('°C'), '°': measure('°C'),
  kelvin: measure('K'),
  watt: measure('W'), kilowatt: measure('kW'), kw: measure('kW'), megawatt: measure('MW'), mw: measure('MW'),
  gigawatt: measure('GW'), gw: measure('GW'),
  kilowattstunde: measure('kWh'), kilowattstunden: measure('kWh'), kwh: measure('kWh'),
  megawattstunden: measure('MWh'), mwh: measure('MWh'), gigawattstunden: measure('GWh'), gwh: measure('GWh'),
  terawattstunden: measure('TWh'), twh: measure('TWh'),
  'km/h': measure('km/h'), stundenkilometer: measure('km/h'), stundenkilometern: measure('km/h'),
  knoten: measure('kn'),
  megabyte: measure('MB'), gigabyte: measure('GB'), terabyte: measure('TB'),
  dezibel: measure('dB'), db: measure('dB'),

  sekunde: time('Sekunden'), sekunden: time('Sekunden'), sek: time('Sekunden'),
  minute: time('Minuten'), minuten: time('Minuten'), min: time('Minuten'),
  stunde: time('Stunden'), stunden: time('Stunden'), std: time('Stunden'),
  tag: time('Tage'), tage: time('Tage'), tagen: time('Tage'), tages: time('Tage'),
  woche: time('Wochen'), wochen: time('Wochen'),
  monat: time('Monate'), monate: time('Monate'), monaten: time('Monate'), monats: time('Monate'),
  jahr: time('Jahre'), jahre: time('Jahre'), jahren: time('Jahre'), jahres: time('Jahre'),
  jahrzehnt: time('Jahrzehnte'), jahrzehnte: time('Jahrzehnte'), jahrzehnten: time('Jahrzehnte'),
  jahrhundert: time('Jahrhunderte'), jahrhunderte: time('Jahrhunderte'), jahrhunderten: time('Jahrhunderte'),
  halbjahr: time('Halbjahre'), quartal: time('Quartale'), quartale: time('Quartale'), quartalen: time('Quartale'),
};

/** Units whose letter case matters (t = Tonnen, m = Meter; "MW" not "mw"). */
export const CASE_SENSITIVE_UNITS: Readonly<Record<string, UnitInfo>> = {
  t: measure('t'), m: measure('m'), g: measure('g'), l: measure('l'), W: measure('W'), K: measure('K'),
  MW: measure('MW'), GW: measure('GW'), kW: measure('kW'),
  EUR: money('EUR'), USD: money('USD'), RUB: money('RUB'), GBP: money('GBP'), CHF: money('CHF'), UAH: money('UAH'),
  CNY: money('CNY'), JPY: money('JPY'), PLN: money('PLN'), TRY: money('TRY'), INR: money('INR'), HUF: money('HUF'),
  ILS: money('ILS'), BTC: money('BTC'), DM: money('DEM'), SEK: money('SEK'), NOK: money('NOK'), DKK: money('DKK'), CZK: money('CZK'),
};

/** Currency symbols and codes that may stand before the number ($5, € 20, EUR 1.200). */
export const PREFIX_CURRENCIES: Readonly<Record<string, string>> = {
  '$': 'USD', 'us$': 'USD', USD: 'USD', EUR: 'EUR', GBP: 'GBP', CHF: 'CHF', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
};

/** Adjectives that fix a currency whose name is shared ("US-amerikanische Dollar", "Schweizer Franken"). */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollar: { kanadische: 'CAD', kanadischen: 'CAD', australische: 'AUD', australischen: 'AUD', 'hongkong-dollar': 'HKD' },
  kronen: { schwedische: 'SEK', schwedischen: 'SEK', norwegische: 'NOK', norwegischen: 'NOK', dänische: 'DKK', dänischen: 'DKK', tschechische: 'CZK', tschechischen: 'CZK' },
};

/** Composite currency words with a country prefix: "Hongkong-Dollar", "kanadische Dollar". */
export const CURRENCY_COMPOUNDS: Readonly<Record<string, string>> = {
  'hongkong-dollar': 'HKD', 'singapur-dollar': 'SGD', 'austral-dollar': 'AUD', 'kanada-dollar': 'CAD',
};

/** "Grad Celsius", "Grad Fahrenheit": the word after "Grad". */
export const TEMPERATURE_SCALES: Readonly<Record<string, string>> = { celsius: '°C', fahrenheit: '°F' };
