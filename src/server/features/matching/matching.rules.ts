import type { HoursKind } from '../../../contracts/employment.ts';
import type { MatchFactor, MatchFactorKey } from '../../../contracts/matching.ts';
import { MUNICIPALITIES, municipalityByCode, municipalityFromText, type Municipality } from '../../../contracts/municipalities.ts';
import { searchKey } from '../../shared/text.ts';

// The score of a person for a vacancy (decision 0032): pure code, no I/O. Each factor gives
// whole points up to its weight and says why in a reason (code + parameters) the web app
// puts into words. The weights live here and nowhere else; they sum to 100.

export const MATCH_WEIGHTS = {
  occupation: 40,
  skills: 15,
  distance: 20,
  hours: 10,
  language: 5,
  adaptations: 5,
  driving_licence: 5,
} as const satisfies Record<MatchFactorKey, number>;

/**
 * Occupation points by how deep the person's code and the vacancy's agree in the ISCO-08
 * hierarchy: 4 = same unit group, 3 = minor group, 2 = sub-major group, 1 = major group.
 * A job the person has done counts a little less than one they aim for.
 */
export const OCCUPATION_POINTS = {
  target: { 4: 40, 3: 30, 2: 20, 1: 8 },
  experience: { 4: 30, 3: 22, 2: 15, 1: 6 },
} as const;

/** Straight line between municipality seats times this gives an estimate of the road distance. */
export const ROAD_FACTOR = 1.3;
/** How far a person travels when the profile does not say. */
export const DEFAULT_REACH_KM = 30;
/** Without own transport (and none provided by the employer) the reach is this share of it, as a fraction for the database's whole-number bound. */
export const NO_TRANSPORT_REACH_FRACTION = { numerator: 1, denominator: 2 } as const;
export const NO_TRANSPORT_REACH = NO_TRANSPORT_REACH_FRACTION.numerator / NO_TRANSPORT_REACH_FRACTION.denominator;

/**
 * Hours points as a share of the weight when the vacancy's kind is not one the person takes:
 * flexible work can be arranged as part-time (and, less often, as full-time); part-time
 * suits someone who takes flexible hours, and is still some work for someone who wants
 * full-time. Full-time work for someone who takes only part-time or flexible hours is none.
 */
export const HOURS_PARTIAL: Record<HoursKind, Partial<Record<HoursKind, number>>> = {
  flexible: { part_time: 0.6, full_time: 0.4 },
  part_time: { flexible: 0.6, full_time: 0.3 },
  full_time: {},
};

export interface MatchVacancy {
  id: string;
  title: string;
  iscoCode: string;
  municipalityCode: string;
  eldership: string;
  hours: HoursKind;
  skills: readonly string[];
  languages: readonly string[];
  drivingLicenceRequired: boolean;
  adaptations: readonly string[];
}

export interface MatchPerson {
  id: string;
  name: string;
  /** The participant's municipality as typed ("Kazlų Rūdos sav."). */
  municipality: string;
  /**
   * Its ISO code as read when the person was saved (participants.municipality_code, which the
   * candidate query ranks by); when null or not given, the typed text is read instead.
   */
  municipalityCode?: string | null;
  eldership: string;
  languages: readonly string[];
  skills: readonly string[];
  targetIsco: readonly string[];
  experienceIsco: readonly string[];
  hours: readonly string[];
  maxCommuteKm: number | null;
  hasDrivingLicence: boolean;
  ownTransport: boolean;
  adaptationsNeeded: readonly string[];
}

export interface MatchScore {
  score: number;
  factors: MatchFactor[];
}

type Params = MatchFactor['reason']['params'];
const factor = (key: MatchFactorKey, points: number, code: string, params: Params = {}): MatchFactor => ({
  key,
  points: Math.max(0, Math.min(MATCH_WEIGHTS[key], Math.round(points))),
  max: MATCH_WEIGHTS[key],
  reason: { code, params },
});

// Folding ("Brėžinių skaitymas" → "breziniu skaitymas") costs a locale-aware call; the same
// few skill and eldership names come with every candidate, so each is folded once.
const foldCache = new Map<string, string>();
function fold(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = searchKey(text);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && n < 4 && a[n] === b[n]) n++;
  return n;
};

export function occupationFactor(vacancyCode: string, targets: readonly string[], experience: readonly string[]): MatchFactor {
  let best: { points: number; level: number; source: 'target' | 'experience'; code: string } | null = null;
  for (const [source, codes] of [['target', targets], ['experience', experience]] as const) {
    for (const code of codes) {
      const level = commonPrefix(code, vacancyCode) as 0 | 1 | 2 | 3 | 4;
      if (level === 0) continue;
      const points = OCCUPATION_POINTS[source][level];
      // Ties keep the first found: targets before experience, in the profile's order.
      if (!best || points > best.points) best = { points, level, source, code };
    }
  }
  if (!best) return factor('occupation', 0, 'none', { vacancyCode });
  return factor('occupation', best.points, best.source, { level: best.level, code: best.code, group: vacancyCode.slice(0, best.level), vacancyCode });
}

export function skillsFactor(asked: readonly string[], has: readonly string[]): MatchFactor {
  const wanted = [...new Map(asked.map((skill) => [fold(skill), skill.trim()])).entries()].filter(([key]) => key !== '');
  if (wanted.length === 0) return factor('skills', MATCH_WEIGHTS.skills, 'none_asked');
  const own = new Set(has.map(fold));
  const missing = wanted.filter(([key]) => !own.has(key)).map(([, skill]) => skill);
  const matched = wanted.length - missing.length;
  const points = (MATCH_WEIGHTS.skills * matched) / wanted.length;
  const code = missing.length === 0 ? 'all' : matched === 0 ? 'none' : 'some';
  return factor('skills', points, code, { matched, asked: wanted.length, missing });
}

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in km. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const roadCache = new Map<string, number>();
/** Estimated road distance between two municipalities' seats, whole km. */
export function roadKm(from: Municipality, to: Municipality): number {
  const key = `${from.code}${to.code}`;
  let km = roadCache.get(key);
  if (km === undefined) {
    km = Math.round(haversineKm(from, to) * ROAD_FACTOR);
    roadCache.set(key, km);
  }
  return km;
}

// People's municipalities are typed text; the same few spellings come again and again.
const placeCache = new Map<string, Municipality | null>();
export function placeOf(text: string): Municipality | undefined {
  let place = placeCache.get(text);
  if (place === undefined) {
    place = municipalityFromText(text) ?? null;
    if (placeCache.size > 10_000) placeCache.clear();
    placeCache.set(text, place);
  }
  return place ?? undefined;
}

/** How far the person travels: the profile's maximum commute (DEFAULT_REACH_KM if not given), less without transport. */
export function reachKmOf(maxCommuteKm: number | null, reduced: boolean): number {
  const stated = maxCommuteKm ?? DEFAULT_REACH_KM;
  return Math.round(reduced ? stated * NO_TRANSPORT_REACH : stated);
}

/** Full points within the reach, none at twice it, a straight line between. */
export function distancePoints(km: number, reachKm: number): number {
  if (km <= reachKm) return MATCH_WEIGHTS.distance;
  if (km >= 2 * reachKm) return 0;
  return (MATCH_WEIGHTS.distance * (2 * reachKm - km)) / reachKm;
}

/** Where the person lives: the code stored with the person, else the typed place read now. */
export function personPlace(person: Pick<MatchPerson, 'municipality' | 'municipalityCode'>): Municipality | undefined {
  return person.municipalityCode ? municipalityByCode(person.municipalityCode) : placeOf(person.municipality);
}

export function distanceFactor(
  person: Pick<MatchPerson, 'municipality' | 'municipalityCode' | 'eldership' | 'maxCommuteKm' | 'ownTransport'>,
  vacancy: Pick<MatchVacancy, 'municipalityCode' | 'eldership' | 'adaptations'>,
): MatchFactor {
  const from = personPlace(person);
  const to = municipalityByCode(vacancy.municipalityCode);
  if (!from || !to) {
    return factor('distance', MATCH_WEIGHTS.distance / 2, 'place_unknown', { from: from?.seat ?? person.municipality.trim(), to: to?.seat ?? vacancy.municipalityCode });
  }
  const transportProvided = vacancy.adaptations.includes('transport_provided');
  const reachKm = reachKmOf(person.maxCommuteKm, !person.ownTransport && !transportProvided);
  const travel = { reachKm, ownTransport: person.ownTransport, transportProvided, reachStated: person.maxCommuteKm !== null };
  if (from.code === to.code) {
    const sameEldership = person.eldership.trim() !== '' && fold(person.eldership) === fold(vacancy.eldership);
    return sameEldership
      ? factor('distance', MATCH_WEIGHTS.distance, 'same_eldership', { km: 0, place: to.seat, eldership: vacancy.eldership.trim(), ...travel })
      : factor('distance', MATCH_WEIGHTS.distance, 'same_municipality', { km: 0, place: to.seat, ...travel });
  }
  const km = roadKm(from, to);
  return factor('distance', distancePoints(km, reachKm), km <= reachKm ? 'within_reach' : 'beyond_reach', { km, from: from.seat, to: to.seat, ...travel });
}

export function hoursFactor(vacancyHours: HoursKind, accepted: readonly string[]): MatchFactor {
  if (accepted.length === 0) return factor('hours', MATCH_WEIGHTS.hours / 2, 'unknown', { hours: vacancyHours });
  if (accepted.includes(vacancyHours)) return factor('hours', MATCH_WEIGHTS.hours, 'accepted', { hours: vacancyHours });
  const share = Math.max(0, ...accepted.map((kind) => HOURS_PARTIAL[vacancyHours][kind as HoursKind] ?? 0));
  return factor('hours', MATCH_WEIGHTS.hours * share, share > 0 ? 'partly' : 'not_accepted', { hours: vacancyHours, accepted: [...accepted] });
}

const lower = (items: readonly string[]) => [...new Set(items.map((item) => item.trim().toLowerCase()).filter(Boolean))];

export function languageFactor(asked: readonly string[], spoken: readonly string[]): MatchFactor {
  const wanted = lower(asked);
  if (wanted.length === 0) return factor('language', MATCH_WEIGHTS.language, 'none_asked');
  const own = new Set(lower(spoken));
  const missing = wanted.filter((language) => !own.has(language));
  return missing.length === 0
    ? factor('language', MATCH_WEIGHTS.language, 'all_spoken', { languages: wanted })
    : factor('language', 0, 'missing', { languages: wanted, missing });
}

/** Each needed adaptation the workplace offers earns its share of the points. */
export function adaptationsFactor(needed: readonly string[], offered: readonly string[]): MatchFactor {
  const wanted = [...new Set(needed)];
  if (wanted.length === 0) return factor('adaptations', MATCH_WEIGHTS.adaptations, 'none_needed');
  const missing = wanted.filter((item) => !offered.includes(item));
  const points = (MATCH_WEIGHTS.adaptations * (wanted.length - missing.length)) / wanted.length;
  return missing.length === 0
    ? factor('adaptations', points, 'all_offered', { adaptations: wanted })
    : factor('adaptations', points, 'missing', { adaptations: wanted, missing });
}

export function drivingLicenceFactor(required: boolean, has: boolean): MatchFactor {
  if (!required) return factor('driving_licence', MATCH_WEIGHTS.driving_licence, 'not_required');
  return has ? factor('driving_licence', MATCH_WEIGHTS.driving_licence, 'has_licence') : factor('driving_licence', 0, 'missing');
}

/** The person's score for the vacancy, 0–100, with every factor in MATCH_FACTORS order. */
export function scoreMatch(vacancy: MatchVacancy, person: MatchPerson): MatchScore {
  const factors = [
    occupationFactor(vacancy.iscoCode, person.targetIsco, person.experienceIsco),
    skillsFactor(vacancy.skills, person.skills),
    distanceFactor(person, vacancy),
    hoursFactor(vacancy.hours, person.hours),
    languageFactor(vacancy.languages, person.languages),
    adaptationsFactor(person.adaptationsNeeded, vacancy.adaptations),
    drivingLicenceFactor(vacancy.drivingLicenceRequired, person.hasDrivingLicence),
  ];
  return { score: factors.reduce((sum, item) => sum + item.points, 0), factors };
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Ranked {
  score: number;
  /**
   * The name's sort key, compared code point by code point: a person's is their sort_key
   * (Lithuanian order, text.ts); a vacancy's the title key the candidate query computes.
   * The database orders candidates by the same key, so its order and this one agree.
   */
  sortKey: string;
  id: string;
}

/** Best first: score, then the name in Lithuanian order, then the id, so the same data always gives the same list. */
export function compareMatches(a: Ranked, b: Ranked): number {
  return b.score - a.score || byCode(a.sortKey, b.sortKey) || byCode(a.id, b.id);
}

/** The `limit` best of the scored items, in ranking order. */
export function topMatches<T extends Ranked>(items: readonly T[], limit: number): T[] {
  return [...items].sort(compareMatches).slice(0, limit);
}

/**
 * Whether the best `limit` of the candidates read so far are the best of all. The query
 * reads candidates in the order of an upper bound of their score (`bound`, never below the
 * real score), then sortKey and id, and stops after a page; `last` is the last one read.
 * Anyone not read has a bound below last's, or the same bound and a later name, so cannot
 * beat the limit-th best when that one scores more than last's bound, or as much with an
 * earlier name. A page shorter than asked means every candidate was read.
 */
export function provenBest(best: readonly Ranked[], limit: number, last: (Ranked & { bound: number }) | null, pageFull: boolean): boolean {
  if (!pageFull || !last) return true;
  const kth = best[limit - 1];
  if (!kth) return false;
  if (kth.score !== last.bound) return kth.score > last.bound;
  return byCode(kth.sortKey, last.sortKey) < 0 || (kth.sortKey === last.sortKey && byCode(kth.id, last.id) < 0);
}

// ── Upper bounds for the candidate queries ──────────────────────────────────
// The database ranks candidates by a cheap bound of their score and hands over the best few
// pages; the score itself is always scoreMatch. Each bound is at least the real points:
// occupation counts any code as a target, skills count an "unsure" skill as a match,
// language and adaptations count in full, and a place the database does not know counts as near.

/** The highest score, and so the highest bound: the top tier the candidate queries walk first (decision 0032). */
export const MAX_BOUND = Object.values(MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0);

/**
 * Road km from a municipality to each of LT-01 … LT-60, at index n - 1 (0 for itself), so the
 * database finds a row's distance as `kms[substr(code, 4)::int]`; empty when the place is
 * unknown (every distance then unknown, counted as near). Road km are symmetric, so the same
 * list serves a vacancy's workplace and a person's home.
 */
export function roadKmByNumber(code: string | null | undefined): (number | null)[] {
  const place = code ? municipalityByCode(code) : undefined;
  if (!place) return [];
  return Array.from({ length: MUNICIPALITIES.length }, (_, i) => {
    const other = municipalityByCode(`LT-${String(i + 1).padStart(2, '0')}`);
    return !other ? null : other.code === place.code ? 0 : roadKm(place, other);
  });
}

/**
 * Occupation points from the most to the fewest, a target before experience at equal points:
 * the bound tests them in this order and the first found is the person's occupation points
 * (a target always counts at least as much as experience at the same level, so "any code"
 * at a level can stand for experience once the targets of that level and above were tested).
 */
export function occupationSteps(): { source: 'target' | 'experience'; level: 1 | 2 | 3 | 4; points: number }[] {
  const steps = (['target', 'experience'] as const).flatMap((source) =>
    ([4, 3, 2, 1] as const).map((level) => ({ source, level, points: OCCUPATION_POINTS[source][level] })));
  return steps.sort((a, b) => b.points - a.points || (a.source === 'target' ? -1 : 1) - (b.source === 'target' ? -1 : 1));
}

/** The most hours points someone who does not take the vacancy's kind of hours can get: the bound for them. */
export function hoursPartialBound(vacancyHours: HoursKind): number {
  return Math.ceil(MATCH_WEIGHTS.hours * Math.max(0, ...Object.values(HOURS_PARTIAL[vacancyHours])));
}

/** Hours points the person gets for each kind of vacancy hours, in HOURS_KINDS order (exact). */
export function hoursPointsByKind(accepted: readonly string[], kinds: readonly HoursKind[]): number[] {
  return kinds.map((kind) => hoursFactor(kind, accepted).points);
}

/** Points the bound gives in full: language and adaptations. */
export const UNBOUNDED_POINTS = MATCH_WEIGHTS.language + MATCH_WEIGHTS.adaptations;

/**
 * Skills folded as skillsFactor compares them, repeats and blanks left out: the keys the
 * skills bound looks up among the database's skills_key (migration 0005 folds the same way
 * for the Lithuanian letters, and counts any other accented skill as "unsure", a possible match).
 */
export function skillKeys(skills: readonly string[]): string[] {
  return [...new Set(skills.map(fold).filter((key) => key !== ''))];
}

/** The ISCO prefixes matching filters people by: the sub-major group, widened to the major group. */
export function prefilterGroups(iscoCode: string): { subMajor: string; major: string } {
  return { subMajor: iscoCode.slice(0, 2), major: iscoCode.slice(0, 1) };
}

/** Every 2-digit prefix of a person's target and experience codes: the vacancies the person is matched against. */
export function personGroups(targets: readonly string[], experience: readonly string[]): { subMajor: string[]; major: string[] } {
  const codes = [...targets, ...experience].filter((code) => code.length >= 1);
  return {
    subMajor: [...new Set(codes.filter((code) => code.length >= 2).map((code) => code.slice(0, 2)))].sort(),
    major: [...new Set(codes.map((code) => code.slice(0, 1)))].sort(),
  };
}
