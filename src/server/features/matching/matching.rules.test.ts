import { describe, expect, it } from 'vitest';
import { MATCH_FACTORS } from '../../../contracts/matching.ts';
import { MUNICIPALITIES, municipalityByCode, municipalityFromText } from '../../../contracts/municipalities.ts';
import { lithuanianSortKey } from '../../shared/text.ts';
import {
  MATCH_WEIGHTS, MAX_BOUND, NO_TRANSPORT_REACH_FRACTION, OCCUPATION_POINTS, ROAD_FACTOR, UNBOUNDED_POINTS, adaptationsFactor, compareMatches, distanceFactor,
  distancePoints, drivingLicenceFactor, haversineKm, hoursFactor, hoursPartialBound, hoursPointsByKind, languageFactor, occupationFactor,
  occupationSteps, personGroups, personPlace, prefilterGroups, provenBest, reachKmOf, roadKm, roadKmByNumber, scoreMatch,
  skillKeys, skillsFactor, topMatches,
  type MatchPerson, type MatchVacancy,
} from './matching.rules.ts';

// The scoring of people against vacancies, factor by factor, then as a whole and in order.

const welding: MatchVacancy = {
  id: 'v1', title: 'Suvirintojas (-a)', iscoCode: '7212', municipalityCode: 'LT-17', eldership: 'Kazlų Rūdos seniūnija', hours: 'full_time',
  skills: ['MIG suvirinimas', 'Brėžinių skaitymas'], languages: ['lt'], drivingLicenceRequired: false, adaptations: [],
};

const person = (overrides: Partial<MatchPerson> = {}): MatchPerson => ({
  id: 'p1', name: 'Jonas Kazlauskas', municipality: 'Kazlų Rūdos sav.', eldership: '', languages: ['lt'], skills: [],
  targetIsco: [], experienceIsco: [], hours: ['full_time'], maxCommuteKm: 30, hasDrivingLicence: false, ownTransport: true, adaptationsNeeded: [],
  ...overrides,
});

describe('the weights', () => {
  it('sum to 100 and name every factor once', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
    expect(Object.keys(MATCH_WEIGHTS).sort()).toEqual([...MATCH_FACTORS].sort());
  });

  it('give the occupation the largest weight, and a job done a little less than a job aimed for', () => {
    expect(Math.max(...Object.values(MATCH_WEIGHTS))).toBe(MATCH_WEIGHTS.occupation);
    expect(OCCUPATION_POINTS.target[4]).toBe(MATCH_WEIGHTS.occupation);
    for (const level of [1, 2, 3, 4] as const) expect(OCCUPATION_POINTS.experience[level]).toBeLessThan(OCCUPATION_POINTS.target[level]);
    expect(OCCUPATION_POINTS.target[3]).toBeGreaterThan(OCCUPATION_POINTS.target[2]);
    expect(OCCUPATION_POINTS.target[2]).toBeGreaterThan(OCCUPATION_POINTS.target[1]);
  });
});

describe('occupation through the ISCO-08 hierarchy', () => {
  it('gives full points for a target job in the same unit group and names the code and level', () => {
    expect(occupationFactor('7212', ['7212'], [])).toEqual({
      key: 'occupation', points: 40, max: 40, reason: { code: 'target', params: { level: 4, code: '7212', group: '7212', vacancyCode: '7212' } },
    });
  });

  it('gives less for the same minor, sub-major and major group', () => {
    expect(occupationFactor('7212', ['7213'], [])).toMatchObject({ points: 30, reason: { code: 'target', params: { level: 3, group: '721' } } });
    expect(occupationFactor('7212', ['7231'], [])).toMatchObject({ points: 20, reason: { params: { level: 2, group: '72' } } });
    expect(occupationFactor('7212', ['7411'], [])).toMatchObject({ points: 8, reason: { params: { level: 1, group: '7' } } });
  });

  it('counts experience a little less than a target, and takes the best of all codes', () => {
    expect(occupationFactor('7212', [], ['7212'])).toMatchObject({ points: 30, reason: { code: 'experience', params: { level: 4, code: '7212' } } });
    // Experience in the unit group (30) beats a target in the sub-major group (20).
    expect(occupationFactor('7212', ['7231'], ['9329', '7212'])).toMatchObject({ points: 30, reason: { code: 'experience', params: { code: '7212' } } });
    // A target in the minor group (30) ties with experience in the unit group (30): the target is named.
    expect(occupationFactor('7212', ['7214'], ['7212'])).toMatchObject({ points: 30, reason: { code: 'target', params: { code: '7214' } } });
  });

  it('understands codes shorter than a unit group', () => {
    expect(occupationFactor('7212', ['72'], [])).toMatchObject({ points: 20, reason: { params: { level: 2, group: '72' } } });
  });

  it('gives nothing for another major group, naming the vacancy\'s code', () => {
    expect(occupationFactor('7212', ['5120'], ['9112'])).toEqual({ key: 'occupation', points: 0, max: 40, reason: { code: 'none', params: { vacancyCode: '7212' } } });
    expect(occupationFactor('7212', [], [])).toMatchObject({ points: 0, reason: { code: 'none' } });
  });
});

describe('skills', () => {
  it('gives the share of the vacancy\'s skills the person has, compared without case or diacritics', () => {
    expect(skillsFactor(['MIG suvirinimas', 'Brėžinių skaitymas'], ['mig  SUVIRINIMAS', 'breziniu skaitymas'])).toEqual({
      key: 'skills', points: 15, max: 15, reason: { code: 'all', params: { matched: 2, asked: 2, missing: [] } },
    });
    expect(skillsFactor(['MIG suvirinimas', 'Brėžinių skaitymas', 'Darbas aukštyje'], ['Brėžinių skaitymas'])).toEqual({
      key: 'skills', points: 5, max: 15, reason: { code: 'some', params: { matched: 1, asked: 3, missing: ['MIG suvirinimas', 'Darbas aukštyje'] } },
    });
    expect(skillsFactor(['MIG suvirinimas'], [])).toMatchObject({ points: 0, reason: { code: 'none', params: { matched: 0, asked: 1 } } });
  });

  it('gives full points when the vacancy asks for none, and counts a skill asked twice once', () => {
    expect(skillsFactor([], ['Kasos aparatas'])).toEqual({ key: 'skills', points: 15, max: 15, reason: { code: 'none_asked', params: {} } });
    expect(skillsFactor(['  '], [])).toMatchObject({ points: 15, reason: { code: 'none_asked' } });
    expect(skillsFactor(['Kasa', 'kasa', 'Sandėlis'], ['KASA'])).toMatchObject({ points: 8, reason: { params: { matched: 1, asked: 2 } } });
  });
});

describe('distance', () => {
  const kazluRuda = municipalityByCode('LT-17')!;
  const marijampole = municipalityByCode('LT-25')!;
  const rokiskis = municipalityByCode('LT-40')!;

  it('estimates the road from the seats\' straight line times the road factor', () => {
    const straight = haversineKm(kazluRuda, marijampole);
    expect(straight).toBeGreaterThan(22);
    expect(straight).toBeLessThan(24);
    expect(ROAD_FACTOR).toBe(1.3);
    expect(roadKm(kazluRuda, marijampole)).toBe(Math.round(straight * 1.3));
    expect(roadKm(kazluRuda, rokiskis)).toBeGreaterThan(200);
    expect(haversineKm(kazluRuda, kazluRuda)).toBe(0);
  });

  it('is 0 km in the same eldership, and full points in the same municipality', () => {
    expect(distanceFactor(person({ eldership: 'kazlu rudos seniunija' }), welding)).toMatchObject({
      points: 20, reason: { code: 'same_eldership', params: { km: 0, place: 'Kazlų Rūda', eldership: 'Kazlų Rūdos seniūnija' } },
    });
    expect(distanceFactor(person({ eldership: 'Jankų seniūnija' }), welding)).toMatchObject({ points: 20, reason: { code: 'same_municipality', params: { km: 0, place: 'Kazlų Rūda' } } });
    expect(distanceFactor(person({ eldership: '' }), { ...welding, eldership: '' })).toMatchObject({ reason: { code: 'same_municipality' } });
  });

  it('gives full points within the person\'s reach, falling to none at twice it, and names both places', () => {
    const inMarijampole = { ...welding, municipalityCode: 'LT-25', eldership: '' };
    const km = roadKm(kazluRuda, marijampole);
    expect(distanceFactor(person({ maxCommuteKm: 30 }), inMarijampole)).toEqual({
      key: 'distance', points: 20, max: 20,
      reason: { code: 'within_reach', params: { km, from: 'Kazlų Rūda', to: 'Marijampolė', reachKm: 30, ownTransport: true, transportProvided: false, reachStated: true } },
    });
    expect(distanceFactor(person({ maxCommuteKm: 20 }), inMarijampole)).toMatchObject({
      points: Math.round((20 * (40 - km)) / 20), reason: { code: 'beyond_reach', params: { km, reachKm: 20 } },
    });
    expect(distanceFactor(person({ maxCommuteKm: 10 }), inMarijampole)).toMatchObject({ points: 0, reason: { code: 'beyond_reach' } });
    expect(distanceFactor(person(), { ...welding, municipalityCode: 'LT-40' })).toMatchObject({ points: 0, reason: { params: { from: 'Kazlų Rūda', to: 'Rokiškis' } } });
  });

  it('draws the line straight between the reach and twice it', () => {
    expect(distancePoints(0, 30)).toBe(20);
    expect(distancePoints(30, 30)).toBe(20);
    expect(distancePoints(45, 30)).toBe(10);
    expect(distancePoints(60, 30)).toBe(0);
    expect(distancePoints(1, 0)).toBe(0);
  });

  it('uses 30 km when the profile does not say, and half the reach without own transport unless the employer provides it', () => {
    const inMarijampole = { ...welding, municipalityCode: 'LT-25', eldership: '' };
    expect(distanceFactor(person({ maxCommuteKm: null }), inMarijampole).reason.params).toMatchObject({ reachKm: 30, reachStated: false });
    const walking = distanceFactor(person({ maxCommuteKm: 40, ownTransport: false }), inMarijampole);
    expect(walking.reason.params).toMatchObject({ reachKm: 20, ownTransport: false, transportProvided: false });
    expect(walking.points).toBeLessThan(20);
    const carried = distanceFactor(person({ maxCommuteKm: 40, ownTransport: false }), { ...inMarijampole, adaptations: ['transport_provided'] });
    expect(carried).toMatchObject({ points: 20, reason: { params: { reachKm: 40, transportProvided: true } } });
  });

  it('gives half points when the person\'s place is unknown, saying so', () => {
    expect(distanceFactor(person({ municipality: '' }), welding)).toEqual({
      key: 'distance', points: 10, max: 20, reason: { code: 'place_unknown', params: { from: '', to: 'Kazlų Rūda' } },
    });
    expect(distanceFactor(person({ municipality: 'Atlantida' }), welding)).toMatchObject({ points: 10, reason: { code: 'place_unknown', params: { from: 'Atlantida' } } });
  });

  it('reads the usual ways people write a municipality', () => {
    for (const text of ['Kazlų Rūdos sav.', 'kazlu rudos savivaldybe', 'Kazlų Rūda', 'LT-17']) {
      expect(distanceFactor(person({ municipality: text }), welding).reason.code).toBe('same_municipality');
    }
    expect(distanceFactor(person({ municipality: 'Kauno r.' }), { ...welding, municipalityCode: 'LT-16' }).reason.code).toBe('same_municipality');
  });

  it('takes the place stored with the person over the typed text, and reads the text when none is stored', () => {
    expect(personPlace({ municipality: 'Kazlų Rūdos sav.', municipalityCode: 'LT-25' })?.code).toBe('LT-25');
    expect(personPlace({ municipality: 'Kazlų Rūdos sav.', municipalityCode: null })?.code).toBe('LT-17');
    expect(personPlace({ municipality: 'Kazlų Rūdos sav.' })?.code).toBe('LT-17');
    expect(distanceFactor(person({ municipality: 'Atlantida', municipalityCode: 'LT-17' }), welding).reason.code).toBe('same_municipality');
  });

  it('knows every municipality\'s seat', () => {
    for (const place of MUNICIPALITIES) expect(roadKm(place, kazluRuda)).toBeLessThan(400);
  });
});

describe('hours', () => {
  it('gives full points when the vacancy\'s hours are among those the person takes', () => {
    expect(hoursFactor('part_time', ['part_time', 'flexible'])).toEqual({ key: 'hours', points: 10, max: 10, reason: { code: 'accepted', params: { hours: 'part_time' } } });
  });

  it('gives part of the points for flexible work to people who take part-time, and for part-time to those who take flexible', () => {
    expect(hoursFactor('flexible', ['part_time'])).toMatchObject({ points: 6, reason: { code: 'partly', params: { hours: 'flexible', accepted: ['part_time'] } } });
    expect(hoursFactor('flexible', ['full_time'])).toMatchObject({ points: 4, reason: { code: 'partly' } });
    expect(hoursFactor('part_time', ['flexible'])).toMatchObject({ points: 6 });
    expect(hoursFactor('part_time', ['full_time'])).toMatchObject({ points: 3 });
    expect(hoursFactor('flexible', ['full_time', 'part_time'])).toMatchObject({ points: 6 });
  });

  it('gives nothing for full-time work to someone who takes only part-time or flexible hours', () => {
    expect(hoursFactor('full_time', ['part_time', 'flexible'])).toMatchObject({ points: 0, reason: { code: 'not_accepted', params: { hours: 'full_time', accepted: ['part_time', 'flexible'] } } });
  });

  it('gives half when the profile does not say', () => {
    expect(hoursFactor('full_time', [])).toMatchObject({ points: 5, reason: { code: 'unknown' } });
  });
});

describe('language, adaptations and driving licence', () => {
  it('asks every language of the vacancy to be spoken', () => {
    expect(languageFactor([], ['ru'])).toMatchObject({ points: 5, reason: { code: 'none_asked' } });
    expect(languageFactor(['lt', 'RU'], ['ru', 'lt', 'en'])).toMatchObject({ points: 5, reason: { code: 'all_spoken', params: { languages: ['lt', 'ru'] } } });
    expect(languageFactor(['lt', 'en'], ['lt'])).toEqual({ key: 'language', points: 0, max: 5, reason: { code: 'missing', params: { languages: ['lt', 'en'], missing: ['en'] } } });
  });

  it('gives each needed adaptation the workplace offers its share', () => {
    expect(adaptationsFactor([], ['step_free_access'])).toMatchObject({ points: 5, reason: { code: 'none_needed' } });
    expect(adaptationsFactor(['step_free_access'], ['step_free_access', 'quiet_workplace'])).toMatchObject({ points: 5, reason: { code: 'all_offered' } });
    expect(adaptationsFactor(['step_free_access', 'sign_language'], ['step_free_access'])).toEqual({
      key: 'adaptations', points: 3, max: 5, reason: { code: 'missing', params: { adaptations: ['step_free_access', 'sign_language'], missing: ['sign_language'] } },
    });
    expect(adaptationsFactor(['sign_language'], [])).toMatchObject({ points: 0, reason: { code: 'missing' } });
  });

  it('takes everything off when a licence is required and the person has none', () => {
    expect(drivingLicenceFactor(false, false)).toMatchObject({ points: 5, reason: { code: 'not_required' } });
    expect(drivingLicenceFactor(true, true)).toMatchObject({ points: 5, reason: { code: 'has_licence' } });
    expect(drivingLicenceFactor(true, false)).toEqual({ key: 'driving_licence', points: 0, max: 5, reason: { code: 'missing', params: {} } });
  });
});

describe('the whole score', () => {
  const welder = person({ id: 'welder', name: 'Jonas Kazlauskas', targetIsco: ['7212'], skills: ['MIG suvirinimas', 'Brėžinių skaitymas'] });
  const cook = person({ id: 'cook', name: 'Rūta Petrauskienė', municipality: 'Rokiškio r. sav.', targetIsco: ['5120'], experienceIsco: ['9412'], hours: ['part_time'] });

  it('is the sum of the factors, listed in the same order every time', () => {
    const result = scoreMatch(welding, welder);
    expect(result.factors.map((f) => f.key)).toEqual([...MATCH_FACTORS]);
    expect(result.factors.map((f) => f.max)).toEqual(MATCH_FACTORS.map((key) => MATCH_WEIGHTS[key]));
    expect(result.score).toBe(result.factors.reduce((sum, f) => sum + f.points, 0));
    expect(result.score).toBe(100);
    expect(scoreMatch(welding, cook).factors.map((f) => f.key)).toEqual([...MATCH_FACTORS]);
  });

  it('ranks a welder in Kazlų Rūda far above a cook in Rokiškis for a welding job in Kazlų Rūda', () => {
    const cookScore = scoreMatch(welding, cook);
    expect(cookScore.score).toBeLessThan(30);
    expect(cookScore.factors.find((f) => f.key === 'occupation')!.reason.code).toBe('none');
    expect(cookScore.factors.find((f) => f.key === 'distance')!.points).toBe(0);
    expect(cookScore.factors.find((f) => f.key === 'hours')!.points).toBe(0);
  });

  it('is always a whole number from 0 to 100', () => {
    const worst = person({ municipality: 'Zarasų r.', languages: [], hours: ['part_time'], adaptationsNeeded: ['sign_language'] });
    const hard = { ...welding, languages: ['lt', 'de'], drivingLicenceRequired: true };
    const score = scoreMatch(hard, worst).score;
    expect(Number.isInteger(score)).toBe(true);
    expect(score).toBe(0);
    for (const maxCommuteKm of [0, 7, 13, 29, 31, 77, null]) {
      for (const ownTransport of [true, false]) {
        const { score: s, factors } = scoreMatch({ ...welding, municipalityCode: 'LT-25' }, person({ maxCommuteKm, ownTransport, skills: ['MIG suvirinimas'], targetIsco: ['7213'] }));
        expect(Number.isInteger(s)).toBe(true);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        for (const f of factors) expect(f.points).toBeLessThanOrEqual(f.max);
      }
    }
  });
});

describe('ranking', () => {
  const items = [
    { id: 'b', name: 'Žukauskas Jonas', score: 80 },
    { id: 'a', name: 'Zabiela Tomas', score: 80 },
    { id: 'c', name: 'Čepaitis Linas', score: 80 },
    { id: 'd', name: 'Butkus Petras', score: 95 },
    { id: 'f', name: 'Ąžuolas Ignas', score: 80 },
    { id: 'e', name: 'Ąžuolas Ignas', score: 80 },
  ].map((item) => ({ ...item, sortKey: lithuanianSortKey(item.name) }));

  it('orders by score, then by name in Lithuanian order, then by id', () => {
    expect(topMatches(items, 10).map((item) => item.id)).toEqual(['d', 'e', 'f', 'c', 'a', 'b']);
    expect(topMatches(items, 2).map((item) => item.id)).toEqual(['d', 'e']);
    expect(compareMatches(items[0]!, items[0]!)).toBe(0);
    const names = topMatches(items, 10).map((item) => item.name);
    expect(names.slice(1)).toEqual([...names.slice(1)].sort(new Intl.Collator('lt').compare));
  });

  it('proves the best when nobody unread can beat the last of them', () => {
    const best = topMatches(items, 3); // d 95, e 80 Ąžuolas, f 80 Ąžuolas
    const last = (bound: number, name: string, id = 'z') => ({ bound, score: bound, sortKey: lithuanianSortKey(name), id });
    // Everyone was read.
    expect(provenBest(best, 3, last(100, 'A'), false)).toBe(true);
    // Unread people are bound to less than the third scores.
    expect(provenBest(best, 3, last(79, 'A'), true)).toBe(true);
    // Unread people may score 80, but all come after "Butkus" ... and "Ąžuolas" comes before it.
    expect(provenBest(best, 3, last(80, 'Butkus'), true)).toBe(true);
    // Someone unread could score 80 with a name before "Ąžuolas Ignas" ("Abromaitis")? No: they come after "Ą…" only if read order says so.
    expect(provenBest(best, 3, last(80, 'Aalto'), true)).toBe(false);
    // Unread people may score more than the third.
    expect(provenBest(best, 3, last(85, 'Zabiela'), true)).toBe(false);
    // Fewer than asked among those read, and more to read.
    expect(provenBest(best, 10, last(50, 'A'), true)).toBe(false);
  });
});

describe('the bounds the candidate queries rank by', () => {
  it('give the road km to every municipality at its number, as the database indexes them, and nothing for an unknown place', () => {
    const kms = roadKmByNumber('LT-17');
    expect(kms).toHaveLength(60);
    expect(kms[17 - 1]).toBe(0);
    expect(kms[25 - 1]).toBe(roadKm(municipalityByCode('LT-25')!, municipalityByCode('LT-17')!));
    for (const place of MUNICIPALITIES) {
      const number = Number(place.code.slice(3));
      expect(kms[number - 1], place.code).toBe(place.code === 'LT-17' ? 0 : roadKm(municipalityByCode('LT-17')!, place));
      // Road km are the same both ways, so one list serves the workplace and the home.
      expect(roadKmByNumber(place.code)[17 - 1]).toBe(kms[number - 1]);
    }
    expect(roadKmByNumber('LT-99')).toEqual([]);
    expect(roadKmByNumber(null)).toEqual([]);
  });

  it('top out at the sum of the weights: the tier nobody can rank above', () => {
    expect(MAX_BOUND).toBe(100);
  });

  it('test occupation from the most points to the fewest, a target first, so the first met is the real points', () => {
    const steps = occupationSteps();
    expect(steps.map((step) => step.points)).toEqual([40, 30, 30, 22, 20, 15, 8, 6]);
    expect(steps.slice(1, 3).map((step) => step.source)).toEqual(['target', 'experience']);
    // "Any code" can stand for experience at a level only because a target counts at least as much there.
    for (const level of [1, 2, 3, 4] as const) expect(OCCUPATION_POINTS.target[level]).toBeGreaterThanOrEqual(OCCUPATION_POINTS.experience[level]);
    const first = (targets: string[], experience: string[]) => steps.find((step) => {
      const codes = step.source === 'target' ? targets : [...targets, ...experience];
      return codes.some((code) => code.length >= step.level && code.slice(0, step.level) === '7212'.slice(0, step.level));
    })?.points ?? 0;
    for (const [targets, experience] of [[['7212'], []], [['7213'], ['7212']], [['7233'], ['7213']], [['9112'], ['72']], [['7'], []], [[], ['9112']]] as [string[], string[]][]) {
      expect(first(targets, experience), `${targets} ${experience}`).toBe(occupationFactor('7212', targets, experience).points);
    }
  });

  it('fold skills as the skills factor compares them, repeats and blanks left out', () => {
    expect(skillKeys(['  Brėžinių   SKAITYMAS ', 'breziniu skaitymas', '', 'Café'])).toEqual(['breziniu skaitymas', 'cafe']);
    expect(skillsFactor(['Brėžinių skaitymas'], ['BREZINIU SKAITYMAS']).points).toBe(15);
  });

  it('never take the reach without transport for less than the distance factor does (the database rounds the share up)', () => {
    const { numerator, denominator } = NO_TRANSPORT_REACH_FRACTION;
    for (let km = 0; km <= 500; km++) expect(Math.floor((km * numerator + denominator - 1) / denominator), String(km)).toBeGreaterThanOrEqual(reachKmOf(km, true));
    expect(reachKmOf(null, false)).toBe(30);
    expect(reachKmOf(null, true)).toBe(15);
    expect(reachKmOf(25, true)).toBe(13);
  });

  it('never give less than the real points', () => {
    for (const hours of ['full_time', 'part_time', 'flexible'] as const) {
      for (const accepted of [['full_time'], ['part_time'], ['flexible'], ['part_time', 'flexible'], ['full_time', 'part_time']]) {
        const points = hoursFactor(hours, accepted).points;
        if (points < 10 && accepted.length > 0) expect(hoursPartialBound(hours)).toBeGreaterThanOrEqual(points);
      }
    }
    expect(hoursPointsByKind(['part_time'], ['full_time', 'part_time', 'flexible'])).toEqual([0, 10, 6]);
    expect(UNBOUNDED_POINTS).toBe(MATCH_WEIGHTS.language + MATCH_WEIGHTS.adaptations);
  });
});

describe('the prefilter groups', () => {
  it('names the vacancy\'s sub-major and major group', () => {
    expect(prefilterGroups('7212')).toEqual({ subMajor: '72', major: '7' });
  });

  it('names every 2-digit and 1-digit group of the person\'s codes', () => {
    expect(personGroups(['7212', '7213'], ['5120', '9'])).toEqual({ subMajor: ['51', '72'], major: ['5', '7', '9'] });
    expect(personGroups([], [])).toEqual({ subMajor: [], major: [] });
  });
});
