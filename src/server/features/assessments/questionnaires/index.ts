import type { Questionnaire } from '../../../../contracts/assessments.ts';
import { CAPABILITY_50PLUS_V1 } from './capability-50plus.v1.ts';
import { EMPLOYABILITY_V1 } from './employability.v1.ts';

// Every questionnaire version ever published, keyed by key and version. Old versions stay
// here for good: a completed assessment is read, scored and compared with the version it
// was answered with. A new version is a new file added below; new assessments take the latest.

export const QUESTIONNAIRES: readonly Questionnaire[] = [EMPLOYABILITY_V1, CAPABILITY_50PLUS_V1];

export function questionnaireOf(key: string, version: number, all: readonly Questionnaire[] = QUESTIONNAIRES): Questionnaire | undefined {
  return all.find((q) => q.key === key && q.version === version);
}

export function latestQuestionnaire(key: string, all: readonly Questionnaire[] = QUESTIONNAIRES): Questionnaire | undefined {
  return all.filter((q) => q.key === key).reduce<Questionnaire | undefined>((latest, q) => (!latest || q.version > latest.version ? q : latest), undefined);
}

/** The latest version of each questionnaire, in the order they were first published. */
export function latestQuestionnaires(all: readonly Questionnaire[] = QUESTIONNAIRES): Questionnaire[] {
  const keys = [...new Set(all.map((q) => q.key))];
  return keys.map((key) => latestQuestionnaire(key, all)!);
}
