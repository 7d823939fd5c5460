import { Type, type Static } from 'typebox';
import type { Language } from './roles.ts';
import { interpolate } from './errors.ts';

// Eligibility rules are data: a tree of combinators (all = AND, any = OR, not = NOT)
// over leaves that each read one or two facts of a participant. Stored as JSON in
// rule_sets.rules, edited by the web app's rule editor, evaluated by
// src/server/features/programmes/eligibility.rules.ts. See docs/decisions/0017.

export const RULE_KINDS = [
  'all', 'any', 'not',
  'age', 'registered_unemployed_months', 'not_working_months', 'social_assistance',
  'target_group', 'municipality', 'open',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Optional human label of a rule; when absent the rule is named by its kind (and position when repeated). */
interface Named {
  name?: string;
}

export type Rule =
  | (Named & { kind: 'all'; rules: Rule[] })
  | (Named & { kind: 'any'; rules: Rule[] })
  | (Named & { kind: 'not'; rule: Rule })
  /** Age in completed years on the screening date: min ≤ age ≤ max (either bound optional). */
  | (Named & { kind: 'age'; min?: number; max?: number })
  /** Registered with the Employment Service for strictly more than N calendar months. */
  | (Named & { kind: 'registered_unemployed_months'; moreThan: number })
  /** Not working for strictly more than N calendar months. */
  | (Named & { kind: 'not_working_months'; moreThan: number })
  /** Receives cash social assistance; with atLeastMonths, for at least N calendar months. */
  | (Named & { kind: 'social_assistance'; atLeastMonths?: number })
  /** Belongs to at least one of the groups. */
  | (Named & { kind: 'target_group'; groups: string[] })
  /** Lives in one of the municipalities. */
  | (Named & { kind: 'municipality'; municipalities: string[] })
  /** Anyone may take part. */
  | (Named & { kind: 'open' });

export type LeafRule = Exclude<Rule, { kind: 'all' | 'any' | 'not' }>;

/** The participant facts the rules read; null = not recorded (unknown). */
export interface EligibilityFacts {
  birthDate: string | null;
  registeredUnemployedSince: string | null;
  notWorkingSince: string | null;
  receivesSocialAssistance: boolean | null;
  socialAssistanceSince: string | null;
  targetGroups: readonly string[] | null;
  municipality: string | null;
}
export type FactName = keyof EligibilityFacts;

export const SCREENING_RESULTS = ['eligible', 'not_eligible', 'unknown'] as const;
export type ScreeningResult = (typeof SCREENING_RESULTS)[number];
export const RULE_RESULTS = ['pass', 'fail', 'unknown'] as const;
export type RuleResult = (typeof RULE_RESULTS)[number];

// Target groups a rule may name. Free text keys are accepted too (shown as typed).
export const TARGET_GROUPS = {
  long_term_unemployed: { lt: 'ilgalaikiai bedarbiai', en: 'long-term unemployed' },
  older_workers: { lt: 'vyresni nei 50 m.', en: 'over 50' },
  roma: { lt: 'romai', en: 'Roma' },
  national_minority: { lt: 'tautinės mažumos', en: 'national minorities' },
  refugee: { lt: 'pabėgėliai ir prieglobstį gavę asmenys', en: 'refugees and persons granted asylum' },
  asylum_seeker: { lt: 'prieglobsčio prašytojai', en: 'asylum seekers' },
  disability: { lt: 'asmenys su negalia', en: 'persons with disabilities' },
  social_risk: { lt: 'socialinės rizikos asmenys', en: 'persons at social risk' },
  youth: { lt: 'jaunimas', en: 'young people' },
} as const satisfies Record<string, Record<Language, string>>;

export const FACT_LABELS = {
  birthDate: { lt: 'gimimo data', en: 'date of birth' },
  registeredUnemployedSince: { lt: 'registracijos Užimtumo tarnyboje data', en: 'date registered with the Employment Service' },
  notWorkingSince: { lt: 'nuo kada nedirba', en: 'not working since' },
  receivesSocialAssistance: { lt: 'ar gauna piniginę socialinę paramą', en: 'receives cash social assistance' },
  socialAssistanceSince: { lt: 'nuo kada gauna piniginę socialinę paramą', en: 'receives cash social assistance since' },
  targetGroups: { lt: 'tikslinės grupės', en: 'target groups' },
  municipality: { lt: 'gyvenamoji savivaldybė', en: 'municipality of residence' },
} as const satisfies Record<FactName, Record<Language, string>>;

/** A machine explanation of one rule's result; rendered with ELIGIBILITY_MESSAGES. */
export interface Explanation {
  key: ExplanationKey;
  params: Record<string, string | number>;
}

// Plain words a case manager reads. {{...}} are filled from Explanation.params;
// the mark (✔ ✘ ?) is added by explain().
export const ELIGIBILITY_MESSAGES = {
  'age_min.known': {
    lt: 'Amžius patikros dieną: {{age}} m. — reikalaujama ne mažiau kaip {{min}} m.',
    en: 'Age on the screening date: {{age}} — at least {{min}} required.',
  },
  'age_max.known': {
    lt: 'Amžius patikros dieną: {{age}} m. — reikalaujama ne daugiau kaip {{max}} m.',
    en: 'Age on the screening date: {{age}} — at most {{max}} allowed.',
  },
  'age_between.known': {
    lt: 'Amžius patikros dieną: {{age}} m. — reikalaujama nuo {{min}} iki {{max}} m.',
    en: 'Age on the screening date: {{age}} — {{min}} to {{max}} required.',
  },
  'age_min.unknown': {
    lt: 'Gimimo data nežinoma — reikalaujama ne mažiau kaip {{min}} m.',
    en: 'Date of birth not recorded — at least {{min}} required.',
  },
  'age_max.unknown': {
    lt: 'Gimimo data nežinoma — reikalaujama ne daugiau kaip {{max}} m.',
    en: 'Date of birth not recorded — at most {{max}} allowed.',
  },
  'age_between.unknown': {
    lt: 'Gimimo data nežinoma — reikalaujama nuo {{min}} iki {{max}} m.',
    en: 'Date of birth not recorded — {{min}} to {{max}} required.',
  },
  'registered_unemployed_months.known': {
    lt: 'Registruotas Užimtumo tarnyboje nuo {{since}}: {{months}} mėn. {{days}} d. — reikalaujama ilgiau kaip {{moreThan}} mėn.',
    en: 'Registered with the Employment Service since {{since}}: {{months}} months {{days}} days — more than {{moreThan}} months required.',
  },
  'registered_unemployed_months.unknown': {
    lt: 'Nežinoma, nuo kada registruotas Užimtumo tarnyboje — reikalaujama ilgiau kaip {{moreThan}} mėn.',
    en: 'Date registered with the Employment Service not recorded — more than {{moreThan}} months required.',
  },
  'not_working_months.known': {
    lt: 'Nedirba nuo {{since}}: {{months}} mėn. {{days}} d. — reikalaujama ilgiau kaip {{moreThan}} mėn.',
    en: 'Not working since {{since}}: {{months}} months {{days}} days — more than {{moreThan}} months required.',
  },
  'not_working_months.unknown': {
    lt: 'Nežinoma, nuo kada nedirba — reikalaujama ilgiau kaip {{moreThan}} mėn.',
    en: 'Not recorded since when the person has not been working — more than {{moreThan}} months required.',
  },
  'social_assistance.yes': {
    lt: 'Gauna piniginę socialinę paramą — reikalaujama ją gauti.',
    en: 'Receives cash social assistance — required.',
  },
  'social_assistance.no': {
    lt: 'Negauna piniginės socialinės paramos — reikalaujama ją gauti.',
    en: 'Does not receive cash social assistance — required.',
  },
  'social_assistance.unknown': {
    lt: 'Nežinoma, ar gauna piniginę socialinę paramą — reikalaujama ją gauti.',
    en: 'Not recorded whether the person receives cash social assistance — required.',
  },
  'social_assistance_months.known': {
    lt: 'Gauna piniginę socialinę paramą nuo {{since}}: {{months}} mėn. — reikalaujama ne trumpiau kaip {{atLeastMonths}} mėn.',
    en: 'Receives cash social assistance since {{since}}: {{months}} months — at least {{atLeastMonths}} months required.',
  },
  'social_assistance_months.no': {
    lt: 'Negauna piniginės socialinės paramos — reikalaujama ją gauti ne trumpiau kaip {{atLeastMonths}} mėn.',
    en: 'Does not receive cash social assistance — at least {{atLeastMonths}} months required.',
  },
  'social_assistance_months.unknown': {
    lt: 'Nežinoma, nuo kada gauna piniginę socialinę paramą — reikalaujama ne trumpiau kaip {{atLeastMonths}} mėn.',
    en: 'Not recorded since when the person receives cash social assistance — at least {{atLeastMonths}} months required.',
  },
  'target_group.known': {
    lt: 'Tikslinės grupės: {{groups}} — reikalaujama priklausyti bent vienai iš: {{required}}.',
    en: 'Target groups: {{groups}} — at least one of these required: {{required}}.',
  },
  'target_group.unknown': {
    lt: 'Tikslinės grupės neįrašytos — reikalaujama priklausyti bent vienai iš: {{required}}.',
    en: 'Target groups not recorded — at least one of these required: {{required}}.',
  },
  'municipality.known': {
    lt: 'Gyvena: {{municipality}} — reikalaujama gyventi: {{required}}.',
    en: 'Lives in: {{municipality}} — required: {{required}}.',
  },
  'municipality.unknown': {
    lt: 'Gyvenamoji savivaldybė neįrašyta — reikalaujama gyventi: {{required}}.',
    en: 'Municipality of residence not recorded — required: {{required}}.',
  },
  open: {
    lt: 'Programoje gali dalyvauti visi.',
    en: 'Anyone may take part in this programme.',
  },
} as const satisfies Record<string, Record<Language, string>>;
export type ExplanationKey = keyof typeof ELIGIBILITY_MESSAGES;

const MARKS: Record<RuleResult, Record<Language, string>> = {
  pass: { lt: '✔', en: '✔' },
  fail: { lt: '✘', en: '✘' },
  unknown: { lt: '? trūksta duomenų', en: '? facts missing' },
};
const NEGATED: Record<Language, string> = { lt: 'Turi NEatitikti: ', en: 'Must NOT hold: ' };
const NONE: Record<Language, string> = { lt: 'nėra', en: 'none' };

function groupLabel(key: string, language: Language): string {
  return key in TARGET_GROUPS ? TARGET_GROUPS[key as keyof typeof TARGET_GROUPS][language] : key;
}

/**
 * One rule's explanation in plain words. List parameters (groups, required) arrive as
 * '|'-joined keys and are rendered as labels; the mark shows the rule's own result.
 */
export function renderExplanation(explanation: Explanation, result: RuleResult, language: Language, negated = false): string {
  const params: Record<string, string | number> = { ...explanation.params };
  for (const list of ['groups', 'required'] as const) {
    const raw = params[list];
    if (typeof raw === 'string' && explanation.key.startsWith('target_group')) {
      params[list] = raw === '' ? NONE[language] : raw.split('|').map((key) => groupLabel(key, language)).join(', ');
    } else if (typeof raw === 'string') {
      params[list] = raw.split('|').join(', ');
    }
  }
  const text = interpolate(ELIGIBILITY_MESSAGES[explanation.key][language], params);
  return `${negated ? NEGATED[language] : ''}${text} ${MARKS[result][language]}`;
}

// ── API shapes ──────────────────────────────────────────────────────────────────

/** A rule tree as sent by clients; its shape is checked by validateRuleSet (errors name the path). */
export const RuleTree = Type.Object({ kind: Type.String() }, { additionalProperties: true });

export const ScreeningRequest = Type.Object(
  { participantId: Type.String({ format: 'uuid' }), date: Type.Optional(Type.String({ format: 'date' })) },
  { additionalProperties: false },
);
export type ScreeningRequest = Static<typeof ScreeningRequest>;

export const ScreenedRule = Type.Object({
  rule: Type.String(),
  path: Type.String(),
  kind: Type.String(),
  result: Type.Enum(RULE_RESULTS),
  explanation: Type.String(),
  explanationKey: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  negated: Type.Boolean(),
});

export const Screening = Type.Object({
  id: Type.String(),
  programmeId: Type.String(),
  participantId: Type.String(),
  date: Type.String(),
  result: Type.Enum(SCREENING_RESULTS),
  ruleSetVersion: Type.Integer(),
  rules: Type.Array(ScreenedRule),
  missing: Type.Array(Type.String()),
  createdAt: Type.String(),
});
export type Screening = Static<typeof Screening>;

export const BulkScreeningRequest = Type.Object(
  {
    date: Type.Optional(Type.String({ format: 'date' })),
    municipality: Type.Optional(Type.String({ maxLength: 200 })),
    labourMarketStatus: Type.Optional(Type.String({ maxLength: 40 })),
    result: Type.Optional(Type.Enum(SCREENING_RESULTS)),
    limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 200_000 })),
    /** How many listed people to skip, in the list's order (Lithuanian order of names): offset 50 with limit 50 is the second page. */
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 200_000 })),
  },
  { additionalProperties: false },
);
export type BulkScreeningRequest = Static<typeof BulkScreeningRequest>;

export const BulkScreening = Type.Object({
  date: Type.String(),
  ruleSetVersion: Type.Integer(),
  total: Type.Integer(),
  counts: Type.Object({ eligible: Type.Integer(), not_eligible: Type.Integer(), unknown: Type.Integer() }),
  items: Type.Array(Type.Object({
    id: Type.String(),
    name: Type.String(),
    result: Type.Enum(SCREENING_RESULTS),
    missing: Type.Array(Type.String()),
  })),
  offset: Type.Integer(),
  /** How many people the list has in all (those with the asked result, or everyone): the pages together. */
  matched: Type.Integer(),
  /** More people follow after this page. */
  truncated: Type.Boolean(),
});
export type BulkScreening = Static<typeof BulkScreening>;
