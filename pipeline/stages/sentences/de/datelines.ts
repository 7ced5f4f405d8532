/**
 * Scope: datelines at the start of an article ("BERLIN (dpa) – …", "Wien (APA/AFP). …",
 * "Berlin. Die …"). A period inside the dateline is not a sentence boundary: the dateline
 * stays with the first sentence. AGENCIES: German-language wire services and their common
 * partners, compiled for this project.
 */
export const AGENCIES: readonly string[] = [
  'dpa', 'DPA', 'AFP', 'afp', 'Reuters', 'rtr', 'AP', 'ap', 'KNA', 'kna', 'epd', 'EPD', 'APA',
  'apa', 'sda', 'SDA', 'Keystone-SDA', 'dts', 'ddp', 'dapd', 'sid', 'SID', 'AFX', 'dpa-AFX',
  'idea', 'ANSA', 'EFE', 'Bloomberg', 'KAP', 'kap', 'red', 'ots', 'lnw', 'lby', 'lsw', 'lhe',
  'lni', 'lno', 'lmv', 'lbn', 'lsa', 'lth', 'lrs', 'bb', 'be', 'TASS', 'Interfax', 'AA',
];

/**
 * Capitalised one-word answers and interjections that can open a paragraph with a period
 * ("Nein. Das …"): never a place in a dateline.
 */
export const INTERJECTIONS: readonly string[] = [
  'Ja', 'Nein', 'Genau', 'Danke', 'Bitte', 'Gut', 'Stopp', 'Richtig', 'Falsch', 'Achtung',
  'Hallo', 'Okay', 'Ok', 'Klar', 'Sicher', 'Naja', 'Tja', 'Ach', 'Oh', 'Aha', 'Schluss',
  'Ende', 'Aus', 'Vorbei', 'Fazit', 'Immerhin', 'Endlich', 'Niemals', 'Nie', 'Jein', 'Egal',
  'Unsinn', 'Quatsch', 'Vielleicht', 'Natürlich', 'Selbstverständlich', 'Absolut', 'Stimmt',
];

/**
 * Sender codes of police, fire brigade and customs press releases on press portals, which
 * head each release with the code, the office and a numbered date ("POL-HH: 240514-2.
 * Verkehrsunfall …", "FW-E: 2410-3. Brand …"): the period after the number is part of that
 * header, not a sentence end. Compiled for this project.
 */
export const PRESS_RELEASE_SENDERS: readonly string[] = [
  'POL', 'BPOL', 'BPOLI', 'BPOLD', 'FW', 'LPI', 'KPI', 'PP', 'PI', 'HZA', 'ZOLL', 'ZKA', 'THW', 'LKA',
];
