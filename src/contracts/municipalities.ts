// The 60 municipalities of Lithuania (ISO 3166-2:LT) with the position of each one's
// administrative seat, rounded to about 1 km: enough to estimate a commute (data/README.md).
export interface Municipality {
  code: string;
  /** Official name in Lithuanian. */
  name: string;
  /** The genitive stem people write ("Kazlų Rūdos sav.", "Rokiškio r.") and the seat's name. */
  stem: string;
  seat: string;
  kind: 'city' | 'district' | 'municipality';
  lat: number;
  lon: number;
}

const m = (code: string, stem: string, kind: Municipality['kind'], seat: string, lat: number, lon: number): Municipality => ({
  code: `LT-${code}`,
  name: `${stem} ${kind === 'city' ? 'miesto ' : kind === 'district' ? 'rajono ' : ''}savivaldybė`,
  stem,
  seat,
  kind,
  lat,
  lon,
});

export const MUNICIPALITIES: readonly Municipality[] = [
  m('01', 'Akmenės', 'district', 'Naujoji Akmenė', 56.32, 22.9),
  m('02', 'Alytaus', 'city', 'Alytus', 54.4, 24.05),
  m('03', 'Alytaus', 'district', 'Alytus', 54.4, 24.05),
  m('04', 'Anykščių', 'district', 'Anykščiai', 55.53, 25.1),
  m('05', 'Birštono', 'municipality', 'Birštonas', 54.61, 24.03),
  m('06', 'Biržų', 'district', 'Biržai', 56.2, 24.75),
  m('07', 'Druskininkų', 'municipality', 'Druskininkai', 54.02, 23.97),
  m('08', 'Elektrėnų', 'municipality', 'Elektrėnai', 54.79, 24.66),
  m('09', 'Ignalinos', 'district', 'Ignalina', 55.34, 26.16),
  m('10', 'Jonavos', 'district', 'Jonava', 55.08, 24.28),
  m('11', 'Joniškio', 'district', 'Joniškis', 56.24, 23.62),
  m('12', 'Jurbarko', 'district', 'Jurbarkas', 55.08, 22.77),
  m('13', 'Kaišiadorių', 'district', 'Kaišiadorys', 54.87, 24.45),
  m('14', 'Kalvarijos', 'municipality', 'Kalvarija', 54.42, 23.22),
  m('15', 'Kauno', 'city', 'Kaunas', 54.9, 23.89),
  m('16', 'Kauno', 'district', 'Kaunas', 54.9, 23.89),
  m('17', 'Kazlų Rūdos', 'municipality', 'Kazlų Rūda', 54.75, 23.49),
  m('18', 'Kėdainių', 'district', 'Kėdainiai', 55.29, 23.97),
  m('19', 'Kelmės', 'district', 'Kelmė', 55.63, 22.93),
  m('20', 'Klaipėdos', 'city', 'Klaipėda', 55.71, 21.13),
  m('21', 'Klaipėdos', 'district', 'Gargždai', 55.71, 21.4),
  m('22', 'Kretingos', 'district', 'Kretinga', 55.89, 21.24),
  m('23', 'Kupiškio', 'district', 'Kupiškis', 55.84, 24.98),
  m('24', 'Lazdijų', 'district', 'Lazdijai', 54.23, 23.52),
  m('25', 'Marijampolės', 'municipality', 'Marijampolė', 54.56, 23.35),
  m('26', 'Mažeikių', 'district', 'Mažeikiai', 56.31, 22.34),
  m('27', 'Molėtų', 'district', 'Molėtai', 55.23, 25.42),
  m('28', 'Neringos', 'municipality', 'Neringa', 55.3, 21.0),
  m('29', 'Pagėgių', 'municipality', 'Pagėgiai', 55.14, 21.91),
  m('30', 'Pakruojo', 'district', 'Pakruojis', 55.97, 23.86),
  m('31', 'Palangos', 'city', 'Palanga', 55.92, 21.07),
  m('32', 'Panevėžio', 'city', 'Panevėžys', 55.73, 24.36),
  m('33', 'Panevėžio', 'district', 'Panevėžys', 55.73, 24.36),
  m('34', 'Pasvalio', 'district', 'Pasvalys', 56.06, 24.4),
  m('35', 'Plungės', 'district', 'Plungė', 55.91, 21.84),
  m('36', 'Prienų', 'district', 'Prienai', 54.63, 23.94),
  m('37', 'Radviliškio', 'district', 'Radviliškis', 55.81, 23.54),
  m('38', 'Raseinių', 'district', 'Raseiniai', 55.38, 23.12),
  m('39', 'Rietavo', 'municipality', 'Rietavas', 55.72, 21.93),
  m('40', 'Rokiškio', 'district', 'Rokiškis', 55.96, 25.59),
  m('41', 'Šakių', 'district', 'Šakiai', 54.95, 23.05),
  m('42', 'Šalčininkų', 'district', 'Šalčininkai', 54.31, 25.38),
  m('43', 'Šiaulių', 'city', 'Šiauliai', 55.93, 23.31),
  m('44', 'Šiaulių', 'district', 'Šiauliai', 55.93, 23.31),
  m('45', 'Šilalės', 'district', 'Šilalė', 55.49, 22.19),
  m('46', 'Šilutės', 'district', 'Šilutė', 55.35, 21.48),
  m('47', 'Širvintų', 'district', 'Širvintos', 55.04, 24.96),
  m('48', 'Skuodo', 'district', 'Skuodas', 56.27, 21.53),
  m('49', 'Švenčionių', 'district', 'Švenčionys', 55.13, 26.16),
  m('50', 'Tauragės', 'district', 'Tauragė', 55.25, 22.29),
  m('51', 'Telšių', 'district', 'Telšiai', 55.98, 22.25),
  m('52', 'Trakų', 'district', 'Trakai', 54.64, 24.93),
  m('53', 'Ukmergės', 'district', 'Ukmergė', 55.25, 24.75),
  m('54', 'Utenos', 'district', 'Utena', 55.5, 25.6),
  m('55', 'Varėnos', 'district', 'Varėna', 54.22, 24.57),
  m('56', 'Vilkaviškio', 'district', 'Vilkaviškis', 54.65, 23.03),
  m('57', 'Vilniaus', 'city', 'Vilnius', 54.69, 25.28),
  m('58', 'Vilniaus', 'district', 'Vilnius', 54.69, 25.28),
  m('59', 'Visagino', 'municipality', 'Visaginas', 55.6, 26.44),
  m('60', 'Zarasų', 'district', 'Zarasai', 55.73, 26.25),
];

export const MUNICIPALITY_CODES = MUNICIPALITIES.map((item) => item.code);

export function municipalityByCode(code: string | null | undefined): Municipality | undefined {
  return MUNICIPALITIES.find((item) => item.code === code);
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The municipality a free-text entry names ("Kazlų Rūdos sav.", "Rokiškio r. sav.",
 * "Kauno m.", "Utena"), or undefined. Participants' addresses were typed by people, so the
 * usual abbreviations are understood; "Kauno" alone means the city.
 */
export function municipalityFromText(text: string): Municipality | undefined {
  const folded = fold(text);
  if (!folded) return undefined;
  const direct = MUNICIPALITIES.find((item) => item.code.toLowerCase() === folded || fold(item.name) === folded);
  if (direct) return direct;
  const district = /\b(r\.|raj\.|rajono|rajonas)/.test(folded);
  const city = /\b(m\.|miesto|miestas)/.test(folded);
  const core = folded.replace(/\b(r\.|raj\.|rajono|rajonas|m\.|miesto|miestas|sav\.|savivaldybe|savivaldybes)/g, ' ').replace(/\s+/g, ' ').trim();
  const candidates = MUNICIPALITIES.filter((item) => fold(item.stem) === core || fold(item.seat) === core);
  if (candidates.length <= 1) return candidates[0];
  return candidates.find((item) => (district ? item.kind === 'district' : city ? item.kind === 'city' : item.kind !== 'district')) ?? candidates[0];
}
