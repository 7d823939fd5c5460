import type { Context } from '../../http/context.ts';
import { demand, inScope, scopeOf } from '../../http/access.ts';
import { errors } from '../../http/errors.ts';
import { expectUpdated } from '../../db/versioning.ts';
import { lithuanianSortKey, searchKey } from '../../shared/text.ts';
import { decodeNameCursor, encodeNameCursor } from '../../shared/name-cursor.ts';
import { recordAudit, refuseOutOfScope } from '../audit/audit.service.ts';
import { LIMITS } from '../../../contracts/limits.ts';
import { municipalityFromText } from '../../../contracts/municipalities.ts';
import type { DuplicateQuery, ParticipantCreate, ParticipantListQuery, ParticipantUpdate } from '../../../contracts/participants.ts';
import * as q from './participants.queries.ts';
import { presentCandidate, presentListItem, presentParticipant } from './participants.present.ts';
import { checkFactDates, consentWarnings, resolveIdentity, todayInLithuania } from './participants.rules.ts';
import { isUniqueViolation, participantErrors } from './participants.errors.ts';

/** The keys a participant row is ordered, searched and checked for duplicates by (also used by the import). */
export const keysOf = (firstName: string, lastName: string, personalCode: string | null) => ({
  sort_key: lithuanianSortKey(`${lastName} ${firstName}`),
  search_key: searchKey(`${firstName} ${lastName} ${personalCode ?? ''}`),
  name_key: searchKey(`${firstName} ${lastName}`),
});

/** The ISO code of a typed municipality ("Kazlų Rūdos sav." → LT-17), null when it cannot be read: matching's place (decision 0032). */
export const municipalityCodeOf = (municipality: string) => municipalityFromText(municipality)?.code ?? null;

/** The participant, if the actor may read it; otherwise 404 exactly like a missing one, and the attempt audited. */
export async function findInScope(ctx: Context, id: string, action: string) {
  const row = await q.findParticipant(ctx.db, id);
  if (!row) throw errors.notFound();
  if (!inScope(scopeOf(ctx.actor, 'participant.read'), row.organisation_id)) {
    await refuseOutOfScope(ctx.db, ctx, { action, entityType: 'participant', entityId: id });
  }
  return row;
}

export async function list(ctx: Context, query: ParticipantListQuery) {
  demand(ctx.actor, 'participant.read');
  const scope = scopeOf(ctx.actor, 'participant.read');
  const pageSize = query.pageSize ?? LIMITS.pageSizeDefault;
  const cursor = decodeNameCursor(query.cursor);
  const [rows, count] = await Promise.all([
    q.listParticipants(ctx.db, scope, query, cursor, pageSize + 1),
    q.countParticipants(ctx.db, scope, query),
  ]);
  const page = rows.slice(0, pageSize);
  await recordAudit(ctx.db, ctx, {
    action: 'participant.list', entityType: 'participant',
    details: { shown: page.map((row) => row.id), filter: { ...query, q: query.q ? '…' : undefined, cursor: undefined } },
  });
  return {
    items: page.map(presentListItem),
    nextCursor: rows.length > pageSize ? encodeNameCursor(page.at(-1)!) : null,
    total: count.total,
    totalCapped: count.capped,
  };
}

export async function show(ctx: Context, id: string) {
  const row = await findInScope(ctx, id, 'participant.view');
  const warnings = consentWarnings(await q.consentsOf(ctx.db, id), todayInLithuania());
  await recordAudit(ctx.db, ctx, { action: 'participant.view', entityType: 'participant', entityId: id, organisationId: row.organisation_id });
  return presentParticipant(row, warnings);
}

/** The organisation a new person is registered in: the one named, or the only one the user registers people in. */
async function organisationFor(ctx: Context, organisationId: string | undefined): Promise<string> {
  demand(ctx.actor, 'participant.manage');
  if (organisationId !== undefined) {
    if (!inScope(scopeOf(ctx.actor, 'participant.read'), organisationId) && !inScope(scopeOf(ctx.actor, 'participant.manage'), organisationId)) {
      await refuseOutOfScope(ctx.db, ctx, { action: 'participant.create', entityType: 'organisation', entityId: organisationId });
    }
    demand(ctx.actor, 'participant.manage', organisationId);
    return organisationId;
  }
  const scope = scopeOf(ctx.actor, 'participant.manage');
  if (scope !== 'all' && scope.length === 1) return scope[0]!;
  throw errors.validation([{ field: 'organisationId', problem: 'required' }]);
}

interface Checked {
  personalCode: string | null;
  birthDate: string | null;
  sex: string | null;
}

/** Identity from the personal code and every date checked; all problems reported together. */
function checkInput(
  identity: Parameters<typeof resolveIdentity>[0],
  facts: { registeredUnemployedSince: string | null; notWorkingSince: string | null; receivesSocialAssistance: boolean | null; socialAssistanceSince: string | null },
): Checked {
  const today = todayInLithuania();
  const resolved = resolveIdentity(identity, today);
  const issues = [...resolved.issues, ...checkFactDates({ birthDate: resolved.birthDate, ...facts }, today)];
  if (issues.length > 0) throw participantErrors.invalidFields(issues, resolved.codeInvalid);
  return resolved;
}

async function refuseDuplicates(
  ctx: Context,
  organisationId: string,
  person: { firstName: string; lastName: string; personalCode: string | null; birthDate: string | null },
  confirmNotDuplicate: boolean,
  exceptId?: string,
) {
  if (person.personalCode !== null) {
    const same = await q.findByPersonalCode(ctx.db, organisationId, person.personalCode, exceptId);
    if (same) throw participantErrors.duplicateCode(same.id);
  }
  if (!confirmNotDuplicate && person.birthDate !== null) {
    const nameKey = searchKey(`${person.firstName} ${person.lastName}`);
    const candidates = await q.findSameNameAndBirth(ctx.db, organisationId, nameKey, person.birthDate, person.personalCode, exceptId);
    if (candidates.length > 0) throw participantErrors.possibleDuplicate(candidates.map(presentCandidate));
  }
}

async function savingUnique<T>(ctx: Context, organisationId: string, personalCode: string | null, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (personalCode !== null && isUniqueViolation(error)) {
      const same = await q.findByPersonalCode(ctx.db, organisationId, personalCode);
      if (same) throw participantErrors.duplicateCode(same.id);
    }
    throw error;
  }
}

export async function create(ctx: Context, input: ParticipantCreate) {
  const organisationId = await organisationFor(ctx, input.organisationId);
  const facts = {
    registeredUnemployedSince: input.registeredUnemployedSince ?? null,
    notWorkingSince: input.notWorkingSince ?? null,
    receivesSocialAssistance: input.receivesSocialAssistance ?? null,
    socialAssistanceSince: input.socialAssistanceSince ?? null,
  };
  const identity = checkInput({ personalCode: input.personalCode, birthDate: input.birthDate, sex: input.sex }, facts);
  await refuseDuplicates(ctx, organisationId, { ...input, ...identity }, input.confirmNotDuplicate ?? false);
  const id = await savingUnique(ctx, organisationId, identity.personalCode, () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await q.insertParticipant(trx, {
        organisation_id: organisationId,
        first_name: input.firstName,
        last_name: input.lastName,
        ...keysOf(input.firstName, input.lastName, identity.personalCode),
        personal_code: identity.personalCode,
        birth_date: identity.birthDate,
        sex: identity.sex,
        email: input.email ?? '',
        phone: input.phone ?? '',
        address: input.address ?? '',
        municipality: input.municipality ?? '',
        municipality_code: municipalityCodeOf(input.municipality ?? ''),
        eldership: input.eldership ?? '',
        languages: input.languages ?? [],
        education_level: input.educationLevel ?? null,
        labour_market_status: input.labourMarketStatus ?? null,
        registered_unemployed_since: facts.registeredUnemployedSince,
        not_working_since: facts.notWorkingSince,
        receives_social_assistance: facts.receivesSocialAssistance,
        social_assistance_since: facts.socialAssistanceSince,
        target_groups: input.targetGroups ?? [],
      });
      await recordAudit(trx, ctx, {
        action: 'participant.create', entityType: 'participant', entityId: id, organisationId,
        details: { confirmedNotDuplicate: input.confirmNotDuplicate ?? false },
      });
      return id;
    }),
  );
  const row = (await q.findParticipant(ctx.db, id))!;
  return presentParticipant(row, consentWarnings([], todayInLithuania()));
}

export async function update(ctx: Context, id: string, input: ParticipantUpdate) {
  const existing = await findInScope(ctx, id, 'participant.update');
  demand(ctx.actor, 'participant.manage', existing.organisation_id);
  const { version, ...changes } = input;
  const personalCode = changes.personalCode !== undefined ? changes.personalCode : existing.personal_code;
  const codeChanged = changes.personalCode !== undefined && (changes.personalCode?.trim() || null) !== existing.personal_code;
  const facts = {
    registeredUnemployedSince: changes.registeredUnemployedSince !== undefined ? changes.registeredUnemployedSince : existing.registered_unemployed_since,
    notWorkingSince: changes.notWorkingSince !== undefined ? changes.notWorkingSince : existing.not_working_since,
    receivesSocialAssistance: changes.receivesSocialAssistance !== undefined ? changes.receivesSocialAssistance : existing.receives_social_assistance,
    socialAssistanceSince: changes.socialAssistanceSince !== undefined ? changes.socialAssistanceSince : existing.social_assistance_since,
  };
  // A new code brings its own birth date and sex unless the same edit names them.
  const identity = checkInput(
    {
      personalCode,
      birthDate: changes.birthDate !== undefined ? changes.birthDate : codeChanged ? undefined : existing.birth_date,
      sex: changes.sex !== undefined ? changes.sex : codeChanged ? undefined : (existing.sex as 'female' | 'male' | 'non_binary' | null),
    },
    facts,
  );
  const firstName = changes.firstName ?? existing.first_name;
  const lastName = changes.lastName ?? existing.last_name;
  if (codeChanged && identity.personalCode !== null) {
    const same = await q.findByPersonalCode(ctx.db, existing.organisation_id, identity.personalCode, id);
    if (same) throw participantErrors.duplicateCode(same.id);
  }
  await savingUnique(ctx, existing.organisation_id, identity.personalCode, () =>
    ctx.db.transaction().execute(async (trx) => {
      const updated = await q.updateParticipant(trx, id, version, {
        first_name: firstName,
        last_name: lastName,
        ...keysOf(firstName, lastName, identity.personalCode),
        personal_code: identity.personalCode,
        birth_date: identity.birthDate,
        sex: identity.sex,
        ...(changes.email !== undefined ? { email: changes.email } : {}),
        ...(changes.phone !== undefined ? { phone: changes.phone } : {}),
        ...(changes.address !== undefined ? { address: changes.address } : {}),
        ...(changes.municipality !== undefined ? { municipality: changes.municipality, municipality_code: municipalityCodeOf(changes.municipality) } : {}),
        ...(changes.eldership !== undefined ? { eldership: changes.eldership } : {}),
        ...(changes.languages !== undefined ? { languages: changes.languages } : {}),
        ...(changes.educationLevel !== undefined ? { education_level: changes.educationLevel } : {}),
        ...(changes.labourMarketStatus !== undefined ? { labour_market_status: changes.labourMarketStatus } : {}),
        ...(changes.targetGroups !== undefined ? { target_groups: changes.targetGroups } : {}),
        registered_unemployed_since: facts.registeredUnemployedSince,
        not_working_since: facts.notWorkingSince,
        receives_social_assistance: facts.receivesSocialAssistance,
        social_assistance_since: facts.socialAssistanceSince,
      });
      expectUpdated(updated, existing.version);
      await recordAudit(trx, ctx, {
        action: 'participant.update', entityType: 'participant', entityId: id, organisationId: existing.organisation_id,
        details: { fields: Object.keys(changes) },
      });
    }),
  );
  const row = (await q.findParticipant(ctx.db, id))!;
  return presentParticipant(row, consentWarnings(await q.consentsOf(ctx.db, id), todayInLithuania()));
}

/** For forms to warn early: who already holds this code, and who has the same name and birth date. */
export async function duplicates(ctx: Context, query: DuplicateQuery) {
  const organisationId = await organisationFor(ctx, query.organisationId);
  const code = query.personalCode?.trim() || null;
  const sameCode = code !== null ? await q.findByPersonalCode(ctx.db, organisationId, code, query.exceptId) : undefined;
  const candidates =
    query.firstName && query.lastName && query.birthDate
      ? await q.findSameNameAndBirth(ctx.db, organisationId, searchKey(`${query.firstName} ${query.lastName}`), query.birthDate, code, query.exceptId)
      : [];
  const shown = [...(sameCode ? [sameCode.id] : []), ...candidates.map((c) => c.id)];
  await recordAudit(ctx.db, ctx, { action: 'participant.duplicate_check', entityType: 'participant', organisationId, details: { shown } });
  return { sameCode: sameCode ? presentCandidate(sameCode) : null, candidates: candidates.map(presentCandidate) };
}
