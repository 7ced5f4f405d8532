/**
 * Scope: news agencies and their short forms as they appear in datelines at the start of
 * an article ("BERLIN (dpa) – …", "Wien (APA/AFP). …"). A period inside the dateline is not
 * a sentence boundary: the dateline stays with the first sentence.
 * Compiled for this project from German-language wire services and their common partners.
 */
export const AGENCIES: readonly string[] = [
  'dpa', 'DPA', 'AFP', 'afp', 'Reuters', 'rtr', 'AP', 'ap', 'KNA', 'kna', 'epd', 'EPD', 'APA',
  'apa', 'sda', 'SDA', 'Keystone-SDA', 'dts', 'ddp', 'dapd', 'sid', 'SID', 'AFX', 'dpa-AFX',
  'idea', 'ANSA', 'EFE', 'Bloomberg', 'KAP', 'kap', 'red', 'ots', 'lnw', 'lby', 'lsw', 'lhe',
  'lni', 'lno', 'lmv', 'lbn', 'lsa', 'lth', 'lrs', 'bb', 'be', 'TASS', 'Interfax', 'AA',
];
