import type { Database } from '../db/connect.ts';
import { hashPassword } from '../shared/passwords.ts';
import { lithuanianSortKey, searchKey } from '../shared/text.ts';
import { recordAudit } from '../features/audit/audit.service.ts';
import type { OrganisationKind, Role } from '../../contracts/roles.ts';
import { DEMO_ACCOUNT } from './demo-account.ts';

// Invented people and places shaped like the five seed programmes: a municipality
// with a case team (Kazlų Rūda), rural centres for people over 50 (Rokiškis),
// a county network of centres (Utena), a supported-employment NGO (Vilnius) and
// the Employment Service. Every demo account uses the demo password.

const ORGANISATIONS: { key: string; name: string; kind: OrganisationKind; address: string }[] = [
  { key: 'kazlu', name: 'Kazlų Rūdos savivaldybės administracija', kind: 'municipality', address: 'Kauno g. 3, Kazlų Rūda' },
  { key: 'rokiskis', name: 'Rokiškio rajono savivaldybės administracija', kind: 'municipality', address: 'Respublikos g. 94, Rokiškis' },
  { key: 'utena', name: 'Utenos regiono plėtros asociacija „Atgimimas“', kind: 'ngo', address: 'Utenio a. 4, Utena' },
  { key: 'sopa', name: 'VšĮ „Socialinių paslaugų agentūra“', kind: 'ngo', address: 'Žirmūnų g. 70, Vilnius' },
  { key: 'uzt', name: 'Užimtumo tarnyba, Marijampolės klientų aptarnavimo departamentas', kind: 'employment_office', address: 'Vytauto g. 29, Marijampolė' },
];

const CENTRES: { org: string; name: string; address: string; municipality: string; hours: string; workstations: number }[] = [
  { org: 'kazlu', name: 'Kazlų Rūdos užimtumo skatinimo centras', address: 'Atgimimo g. 16, Kazlų Rūda', municipality: 'Kazlų Rūdos sav.', hours: 'I–IV 8.00–17.00, V 8.00–15.45', workstations: 4 },
  { org: 'rokiskis', name: 'Juodupės kaimo plėtros centras', address: 'Tekstilininkų g. 3, Juodupė', municipality: 'Rokiškio r. sav.', hours: 'II, IV 10.00–18.00; VI 9.00–13.00', workstations: 6 },
  { org: 'rokiskis', name: 'Obelių kaimo plėtros centras', address: 'Stoties g. 5, Obeliai', municipality: 'Rokiškio r. sav.', hours: 'I, III 9.00–17.00', workstations: 5 },
  { org: 'rokiskis', name: 'Kamajų kaimo plėtros centras', address: 'Vytauto g. 12, Kamajai', municipality: 'Rokiškio r. sav.', hours: 'II–IV 12.00–19.00', workstations: 4 },
  { org: 'rokiskis', name: 'Pandėlio kaimo plėtros centras', address: 'Panemunio g. 2, Pandėlys', municipality: 'Rokiškio r. sav.', hours: 'I–V 8.00–16.00', workstations: 5 },
  { org: 'rokiskis', name: 'Kriaunų kaimo plėtros centras', address: 'Mokyklos g. 1, Kriaunos', municipality: 'Rokiškio r. sav.', hours: 'III 10.00–16.00; VI 10.00–14.00', workstations: 3 },
  { org: 'utena', name: 'Anykščių konsultavimo ir mokymo centras', address: 'J. Biliūno g. 10, Anykščiai', municipality: 'Anykščių r. sav.', hours: 'I–V 9.00–18.00', workstations: 8 },
  { org: 'utena', name: 'Ignalinos konsultavimo ir mokymo centras', address: 'Atgimimo g. 6, Ignalina', municipality: 'Ignalinos r. sav.', hours: 'I–V 9.00–18.00', workstations: 6 },
  { org: 'utena', name: 'Zarasų konsultavimo ir mokymo centras', address: 'Sėlių a. 22, Zarasai', municipality: 'Zarasų r. sav.', hours: 'I–IV 10.00–19.00', workstations: 6 },
  { org: 'sopa', name: 'Įdarbinimo tarpininkų biuras', address: 'Žirmūnų g. 70, Vilnius', municipality: 'Vilniaus m. sav.', hours: 'I–V 8.30–17.30', workstations: 10 },
];

const PEOPLE: { email: string; first: string; last: string; roles: [string, Role][]; systemAdmin?: boolean }[] = [
  { email: DEMO_ACCOUNT.email, first: 'Aistė', last: 'Administratorė', systemAdmin: true, roles: [['kazlu', 'administrator'], ['rokiskis', 'administrator']] },
  { email: 'vadybininke@demo.kelias.lt', first: 'Rūta', last: 'Žemaitienė', roles: [['kazlu', 'case_manager']] },
  { email: 'socdarbuotojas@demo.kelias.lt', first: 'Tomas', last: 'Čepaitis', roles: [['kazlu', 'social_worker']] },
  { email: 'psichologe@demo.kelias.lt', first: 'Eglė', last: 'Šimkutė', roles: [['kazlu', 'psychologist'], ['rokiskis', 'psychologist']] },
  { email: 'seniunas@demo.kelias.lt', first: 'Algirdas', last: 'Ąžuolas', roles: [['kazlu', 'ward_elder']] },
  { email: 'uzimtumas@demo.kelias.lt', first: 'Dalia', last: 'Urbonienė', roles: [['uzt', 'employment_officer'], ['kazlu', 'employment_officer']] },
  { email: 'programa@demo.kelias.lt', first: 'Vytautas', last: 'Kazlauskas', roles: [['kazlu', 'programme_manager']] },
  { email: 'koordinatore@demo.kelias.lt', first: 'Laima', last: 'Butkienė', roles: [['rokiskis', 'centre_coordinator']] },
  { email: 'mokytojas@demo.kelias.lt', first: 'Jonas', last: 'Petrauskas', roles: [['rokiskis', 'teacher']] },
  { email: 'savanore@demo.kelias.lt', first: 'Ieva', last: 'Yla', roles: [['rokiskis', 'volunteer']] },
  { email: 'tarpininke@demo.kelias.lt', first: 'Gintarė', last: 'Jankauskienė', roles: [['sopa', 'job_coach']] },
  { email: 'nvo@demo.kelias.lt', first: 'Mindaugas', last: 'Stankevičius', roles: [['utena', 'administrator'], ['sopa', 'administrator']] },
  { email: 'auditorius@demo.kelias.lt', first: 'Birutė', last: 'Vasiliauskienė', roles: [['kazlu', 'auditor'], ['rokiskis', 'auditor']] },
];

export const DEMO_LOGINS = PEOPLE.map((p) => ({ email: p.email, roles: [...new Set(p.roles.map(([, role]) => role))] }));

/** Loads the demo data into an empty database; returns false and changes nothing otherwise. */
export async function seedDemo(db: Database): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_ACCOUNT.password);
  return db.transaction().execute(async (trx) => {
    const { n } = await trx
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { u } = await trx.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('u')).executeTakeFirstOrThrow();
    if (Number(n) > 0 || Number(u) > 0) return false;

    const orgIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const { id } = await trx
        .insertInto('organisations')
        .values({ name: org.name, kind: org.kind, address: org.address, sort_key: lithuanianSortKey(org.name), search_key: searchKey(org.name) })
        .returning('id')
        .executeTakeFirstOrThrow();
      orgIds.set(org.key, id);
    }
    const userIds = new Map<string, string>();
    for (const person of PEOPLE) {
      const { id } = await trx
        .insertInto('users')
        .values({
          email: person.email, first_name: person.first, last_name: person.last, password_hash: passwordHash,
          sort_key: lithuanianSortKey(`${person.last} ${person.first}`),
          search_key: searchKey(`${person.first} ${person.last} ${person.email}`),
          is_system_admin: person.systemAdmin ?? false,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userIds.set(person.email, id);
      await trx
        .insertInto('memberships')
        .values(person.roles.map(([org, role]) => ({ user_id: id, organisation_id: orgIds.get(org)!, role })))
        .execute();
    }
    const coordinator = userIds.get('koordinatore@demo.kelias.lt')!;
    for (const centre of CENTRES) {
      await trx
        .insertInto('centres')
        .values({
          organisation_id: orgIds.get(centre.org)!, name: centre.name, address: centre.address, municipality: centre.municipality,
          opening_hours: centre.hours, workstations: centre.workstations, sort_key: lithuanianSortKey(centre.name), search_key: searchKey(centre.name),
          coordinator_id: centre.org === 'rokiskis' ? coordinator : null,
        })
        .execute();
    }
    await recordAudit(trx, { actor: null, ip: '' }, { action: 'demo.seed', entityType: 'installation', details: { organisations: ORGANISATIONS.length, users: PEOPLE.length, centres: CENTRES.length } });
    return true;
  });
}
