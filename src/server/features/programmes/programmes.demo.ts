import type { Database } from '../../db/connect.ts';
import { lithuanianSortKey } from '../../shared/text.ts';
import { PROGRAMME_TEMPLATES } from './programme.templates.ts';
import * as q from './programmes.queries.ts';

// Demo data: the five seed programmes set up from their templates in the demo
// organisations, with the organisation's centres and a case team from its staff.
const PLACES: Record<string, { org: string; team: [email: string, role: string][] }> = {
  atgimimas_utena: { org: 'utena', team: [['nvo@demo.kelias.lt', 'programme_manager']] },
  rokiskis_50_plus: {
    org: 'rokiskis',
    team: [['koordinatore@demo.kelias.lt', 'centre_coordinator'], ['mokytojas@demo.kelias.lt', 'teacher'], ['savanore@demo.kelias.lt', 'volunteer'], ['psichologe@demo.kelias.lt', 'psychologist']],
  },
  bendruomeniu_kelias: { org: 'utena', team: [['nvo@demo.kelias.lt', 'programme_manager']] },
  sopa_supported_employment: { org: 'sopa', team: [['tarpininke@demo.kelias.lt', 'job_coach'], ['nvo@demo.kelias.lt', 'programme_manager']] },
  kazlu_ruda_motivation: {
    org: 'kazlu',
    team: [
      ['programa@demo.kelias.lt', 'programme_manager'], ['vadybininke@demo.kelias.lt', 'case_manager'], ['socdarbuotojas@demo.kelias.lt', 'social_worker'],
      ['psichologe@demo.kelias.lt', 'psychologist'], ['seniunas@demo.kelias.lt', 'ward_elder'], ['uzimtumas@demo.kelias.lt', 'employment_officer'],
    ],
  },
};

export async function seedDemoProgrammes(trx: Database, orgIds: Map<string, string>, userIds: Map<string, string>) {
  for (const template of PROGRAMME_TEMPLATES) {
    const place = PLACES[template.key]!;
    const organisationId = orgIds.get(place.org)!;
    const id = await q.insertProgramme(trx, organisationId, template.key, {
      name_lt: template.nameLt, name_en: template.nameEn, sort_key: lithuanianSortKey(template.nameLt),
      starts_on: template.startsOn, ends_on: template.endsOn, funder: template.funder, capacity: template.capacity,
      status: 'active', services: template.services,
    });
    const centres = await trx.selectFrom('centres').select('id').where('organisation_id', '=', organisationId).execute();
    await q.replaceCentres(trx, id, centres.map((c) => c.id));
    await q.replacePartners(trx, id, template.partners.map((p) => ({ ...p, organisationId: p.role === 'employment_service' ? (orgIds.get('uzt') ?? null) : null })));
    await q.replaceTeam(trx, id, place.team.flatMap(([email, role]) => (userIds.has(email) ? [{ userId: userIds.get(email)!, role }] : [])));
    await q.insertRuleSet(trx, id, template.startsOn ?? '2000-01-01', template.rules, null);
  }
  return PROGRAMME_TEMPLATES.length;
}
