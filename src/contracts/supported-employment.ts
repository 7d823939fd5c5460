import { Type, type Static } from 'typebox';
import { Id, IsoDate, Version } from './common.ts';
import { ADAPTATIONS, DISCLOSURES, HOURS_KINDS, SUPPORTED_EMPLOYMENT_STAGES, PLACEMENT_KINDS, type SupportedEmploymentStage } from './employment.ts';
import { AttachmentUpload } from './participants.ts';

// The supported-employment process of a case (EUSE, seed 003; decision 0031): its five
// stages with the record each needs, the vocational profile and the job analyses.

/** What a forward move needs, named so the refusal can say which condition is missing. */
export const SE_CONDITIONS = ['informed_choice_and_agreement', 'target_job', 'employer_contact', 'placement_started'] as const;
export type SeCondition = (typeof SE_CONDITIONS)[number];

export const SE_TRANSITION_PROBLEMS = ['condition_missing', 'same_stage', 'skips_stages', 'reason_required'] as const;

export const SE_LIMITS = {
  textMax: 5000,
  reasonMax: 1000,
  skillsMax: 30,
  skillMax: 60,
  targetIscoMax: 10,
  experienceIscoMax: 20,
  maxCommuteKm: 500,
} as const;

/** Stage names in both languages, for the server's messages (the web app has its own). */
export const SE_STAGE_NAMES: Record<SupportedEmploymentStage, { lt: string; en: string }> = {
  engagement: { lt: 'įsitraukimas', en: 'engagement' },
  vocational_profile: { lt: 'profesinis profilis', en: 'vocational profile' },
  job_finding: { lt: 'darbo paieška', en: 'job finding' },
  employer_engagement: { lt: 'darbas su darbdaviu', en: 'employer engagement' },
  job_support: { lt: 'pagalba darbe', en: 'on/off-the-job support' },
};

/** What the refusal says is missing, in both languages (the message names it). */
export const SE_TRANSITION_REFUSALS: Record<SeCondition | 'same_stage' | 'skips_stages' | 'reason_required', { lt: string; en: string }> = {
  informed_choice_and_agreement: {
    lt: 'neįrašyta asmens informuoto pasirinkimo ir susitarimo data',
    en: 'the person\'s informed choice and agreement are not recorded',
  },
  target_job: { lt: 'profesiniame profilyje nenurodytas nė vienas siekiamas darbas', en: 'the vocational profile names no target job' },
  employer_contact: { lt: 'darbo paieškos žurnale nėra nė vieno kontakto su darbdaviu', en: 'the job-finding log has no employer contact' },
  placement_started: { lt: 'nėra prasidėjusio įdarbinimo', en: 'no placement has started' },
  same_stage: { lt: 'procesas jau yra šiame etape', en: 'the process is already at this stage' },
  skips_stages: { lt: 'etapų praleisti negalima, pereikite į kitą etapą', en: 'stages cannot be skipped, move to the next stage' },
  reason_required: { lt: 'grįžtant į ankstesnį etapą reikia nurodyti priežastį', en: 'going back to an earlier stage needs a reason' },
};

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const Named = Type.Object({ id: Id, name: Type.String() });
const LongText = Type.String({ maxLength: SE_LIMITS.textMax });

// ── The process ───────────────────────────────────────────────────────────────

export const SupportedEmploymentStart = Type.Object(
  {
    startedOn: IsoDate,
    /** An active staff member of the case's organisation with the role job_coach; joins the case team. */
    coachId: Id,
  },
  { additionalProperties: false },
);
export type SupportedEmploymentStart = Static<typeof SupportedEmploymentStart>;

export const SupportedEmploymentUpdate = Type.Object(
  {
    informedChoiceOn: Type.Optional(Nullable(IsoDate)),
    /** Needs informedChoiceOn, and not before it. Clearing it clears the signed copy. */
    agreementOn: Type.Optional(Nullable(IsoDate)),
    /** The signed agreement (PDF, JPEG or PNG, ≤ 5 MB); needs agreementOn. */
    agreementDocument: Type.Optional(AttachmentUpload),
    disclosure: Type.Optional(Type.Enum(DISCLOSURES)),
    disclosureNote: Type.Optional(LongText),
    coachId: Type.Optional(Id),
    /** Ends the process (with endReason); null takes an ended process up again. */
    endedOn: Type.Optional(Nullable(IsoDate)),
    endReason: Type.Optional(Type.String({ maxLength: SE_LIMITS.reasonMax })),
    version: Version,
  },
  { additionalProperties: false },
);
export type SupportedEmploymentUpdate = Static<typeof SupportedEmploymentUpdate>;

export const SupportedEmploymentStageChange = Type.Object(
  {
    to: Type.Enum(SUPPORTED_EMPLOYMENT_STAGES),
    /** Needed when going back to an earlier stage. */
    reason: Type.Optional(Type.String({ maxLength: SE_LIMITS.reasonMax })),
    version: Version,
  },
  { additionalProperties: false },
);
export type SupportedEmploymentStageChange = Static<typeof SupportedEmploymentStageChange>;

/** The stage conditions as they stand, counted in the database. */
export const SupportedEmploymentFacts = Type.Object({
  informedChoice: Type.Boolean(),
  agreement: Type.Boolean(),
  targetJobs: Type.Integer(),
  employerContacts: Type.Integer(),
  startedPlacements: Type.Integer(),
});
export type SupportedEmploymentFacts = Static<typeof SupportedEmploymentFacts>;

export const SupportedEmploymentProcess = Type.Object({
  stage: Type.Enum(SUPPORTED_EMPLOYMENT_STAGES),
  coach: Nullable(Named),
  startedOn: IsoDate,
  informedChoiceOn: Nullable(IsoDate),
  agreementOn: Nullable(IsoDate),
  agreementDocumentId: Nullable(Id),
  disclosure: Type.Enum(DISCLOSURES),
  disclosureNote: Type.String(),
  endedOn: Nullable(IsoDate),
  endReason: Type.String(),
  /** The next stage in order if it may be entered now; null otherwise. */
  nextStage: Nullable(Type.Enum(SUPPORTED_EMPLOYMENT_STAGES)),
  /** The next stage in order and the condition it still lacks; null when nothing is lacking or at the last stage. */
  waitingFor: Nullable(Type.Object({ stage: Type.Enum(SUPPORTED_EMPLOYMENT_STAGES), condition: Type.Enum(SE_CONDITIONS) })),
  version: Type.Integer(),
});
export type SupportedEmploymentProcess = Static<typeof SupportedEmploymentProcess>;

// ── Vocational profile ────────────────────────────────────────────────────────

const IscoUnit = Type.String({ pattern: '^[0-9]{4}$' });

export const VocationalProfileSave = Type.Object(
  {
    interests: LongText,
    strengths: LongText,
    supportNeeds: LongText,
    /** Trimmed and de-duplicated (case and diacritics folded); at most 30 of at most 60 characters. */
    skills: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 100 }),
    /** ISCO-08 unit groups (4 digits) the person wants to work in. */
    targetIsco: Type.Array(IscoUnit, { maxItems: SE_LIMITS.targetIscoMax }),
    /** ISCO-08 unit groups the person has worked in. */
    experienceIsco: Type.Array(IscoUnit, { maxItems: SE_LIMITS.experienceIscoMax }),
    hours: Type.Array(Type.Enum(HOURS_KINDS), { uniqueItems: true, maxItems: HOURS_KINDS.length }),
    maxCommuteKm: Nullable(Type.Integer({ minimum: 0, maximum: SE_LIMITS.maxCommuteKm })),
    hasDrivingLicence: Type.Boolean(),
    ownTransport: Type.Boolean(),
    adaptationsNeeded: Type.Array(Type.Enum(ADAPTATIONS), { uniqueItems: true, maxItems: ADAPTATIONS.length }),
    /** The version read; 0 when the case has no profile yet. */
    version: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type VocationalProfileSave = Static<typeof VocationalProfileSave>;

/** An ISCO-08 unit group with its name in the reader's language. */
export const OccupationRef = Type.Object({ code: Type.String(), name: Type.String() });

export const VocationalProfile = Type.Object({
  caseId: Id,
  interests: Type.String(),
  strengths: Type.String(),
  supportNeeds: Type.String(),
  skills: Type.Array(Type.String()),
  targetIsco: Type.Array(OccupationRef),
  experienceIsco: Type.Array(OccupationRef),
  hours: Type.Array(Type.Enum(HOURS_KINDS)),
  maxCommuteKm: Nullable(Type.Integer()),
  hasDrivingLicence: Type.Boolean(),
  ownTransport: Type.Boolean(),
  adaptationsNeeded: Type.Array(Type.Enum(ADAPTATIONS)),
  updatedBy: Nullable(Named),
  updatedAt: Nullable(Type.String()),
  /** 0 while the case has no profile. */
  version: Type.Integer(),
});
export type VocationalProfile = Static<typeof VocationalProfile>;

// ── Job analyses ──────────────────────────────────────────────────────────────

const jobAnalysisFields = {
  employerId: Id,
  vacancyId: Type.Optional(Nullable(Id)),
  analysedOn: IsoDate,
  tasks: Type.Optional(LongText),
  requirements: Type.Optional(LongText),
  naturalSupports: Type.Optional(LongText),
  supportPlan: Type.Optional(LongText),
  /** The day the support plan was agreed with the employer: not before analysedOn. */
  agreedOn: Type.Optional(Nullable(IsoDate)),
};

export const JobAnalysisCreate = Type.Object(jobAnalysisFields, { additionalProperties: false });
export type JobAnalysisCreate = Static<typeof JobAnalysisCreate>;

export const JobAnalysisUpdate = Type.Object(
  { ...jobAnalysisFields, employerId: Type.Optional(Id), analysedOn: Type.Optional(IsoDate), version: Version },
  { additionalProperties: false },
);
export type JobAnalysisUpdate = Static<typeof JobAnalysisUpdate>;

export const JobAnalysis = Type.Object({
  id: Id,
  caseId: Id,
  employer: Named,
  vacancy: Nullable(Type.Object({ id: Id, title: Type.String() })),
  analysedOn: IsoDate,
  tasks: Type.String(),
  requirements: Type.String(),
  naturalSupports: Type.String(),
  supportPlan: Type.String(),
  agreedOn: Nullable(IsoDate),
  createdBy: Nullable(Named),
  version: Type.Integer(),
});
export type JobAnalysis = Static<typeof JobAnalysis>;

// ── The page ──────────────────────────────────────────────────────────────────

export const PlacementSummary = Type.Object({
  id: Id,
  kind: Type.Enum(PLACEMENT_KINDS),
  jobTitle: Type.String(),
  employerName: Nullable(Type.String()),
  startsOn: IsoDate,
  endsOn: Nullable(IsoDate),
  endedOn: Nullable(IsoDate),
});

/** The supported-employment page of a case: the process (null until started) and its records. */
export const SupportedEmploymentPage = Type.Object({
  caseId: Id,
  organisationId: Id,
  /** Null for readers who may not read participants. */
  participant: Nullable(Named),
  caseClosed: Type.Boolean(),
  started: Type.Boolean(),
  process: Nullable(SupportedEmploymentProcess),
  facts: SupportedEmploymentFacts,
  /** A live consent for the purpose job_mediation: without it matching is refused. */
  jobMediationConsent: Type.Boolean(),
  vocationalProfile: Nullable(VocationalProfile),
  jobAnalyses: Type.Array(JobAnalysis),
  jobFinding: Type.Object({ employerContacts: Type.Integer(), firstContactOn: Nullable(IsoDate) }),
  placements: Type.Object({ count: Type.Integer(), latest: Nullable(PlacementSummary) }),
});
export type SupportedEmploymentPage = Static<typeof SupportedEmploymentPage>;

/** Active job coaches of the case's organisation, for the start form and a coach change. */
export const JobCoaches = Type.Array(Named);

export const JobAnalysisParams = Type.Object({ id: Id }, { additionalProperties: false });
