import type { Database } from '../../db/connect.ts';
import type { Actor } from '../../http/access.ts';
import { CASE_TEAM_ROLES, type CaseTeamRole } from '../../../contracts/cases.ts';
import { addTeamMembers, insertCase, programmeTeam, recordCaseEvent } from './cases.queries.ts';

const isTeamRole = (role: string): role is CaseTeamRole => (CASE_TEAM_ROLES as readonly string[]).includes(role);

/**
 * Opens the case of a new enrolment, inside the enrolment's transaction (decision 0021):
 * stage intake, the enrolling user as case manager when they are one in this organisation,
 * and the programme's standing team as the first case team.
 */
export async function openCase(trx: Database, actor: Actor, enrolment: {
  id: string; organisationId: string; programmeId: string; participantId: string; enrolledOn: string;
}): Promise<string> {
  const isCaseManager = actor.memberships.some((m) => m.organisationId === enrolment.organisationId && m.role === 'case_manager');
  const caseManagerId = isCaseManager ? actor.userId : null;
  const id = await insertCase(trx, {
    organisationId: enrolment.organisationId, programmeId: enrolment.programmeId, participantId: enrolment.participantId,
    enrolmentId: enrolment.id, openedOn: enrolment.enrolledOn, caseManagerId,
  });
  const team = (await programmeTeam(trx, enrolment.programmeId))
    .filter((member) => isTeamRole(member.role))
    .map((member) => ({ userId: member.user_id, role: member.role as CaseTeamRole }));
  if (caseManagerId) team.push({ userId: caseManagerId, role: 'case_manager' });
  await addTeamMembers(trx, id, team);
  await recordCaseEvent(trx, id, actor.userId, 'opened', { enrolmentId: enrolment.id, programmeId: enrolment.programmeId });
  return id;
}
