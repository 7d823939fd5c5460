import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '../src/server/shared/passwords.ts';
import { lithuanianSortKey, searchKey } from '../src/server/shared/text.ts';
import type { Actor } from '../src/server/http/access.ts';
import type { OrganisationKind, Role } from '../src/contracts/roles.ts';

// Loads a scale data set straight into the tables with a handful of statements: rows are
// built in JavaScript only where the keys need text.ts (names), and the audit log, the
// big table, is produced by PostgreSQL itself with generate_series.

export const STAFF_COUNT = 2_000;
export const AUDIT_ENTRIES = 100_000;
const AUDIT_DAYS = 90;

export interface Persona {
  email: string;
  password: string;
  actor: Actor;
}

export interface Generated {
  admin: Persona;
  auditor: Persona;
  /** Share of the audit log the auditor's scope reaches, so the reader knows how selective the filter is. */
  auditorShare: number;
  seconds: number;
  counts: { organisations: number; users: number; memberships: number; auditEntries: number };
}

// Uneven sizes, like the real programmes: one big municipality, a few smaller partners.
const ORGANISATIONS: { name: string; kind: OrganisationKind; weight: number }[] = [
  { name: 'Vilniaus miesto savivaldybės administracija', kind: 'municipality', weight: 40 },
  { name: 'Užimtumo tarnyba', kind: 'employment_office', weight: 25 },
  { name: 'Rokiškio rajono savivaldybės administracija', kind: 'municipality', weight: 15 },
  { name: 'VšĮ „Socialinių paslaugų agentūra“', kind: 'ngo', weight: 12 },
  { name: 'Utenos regiono plėtros asociacija', kind: 'partner', weight: 8 },
];
// The auditor belongs to a mid-sized organisation, so most of the log is outside its scope.
const AUDITOR_ORGANISATION = 2;

// Lithuanian surnames agree with the person: men's in -as/-is/-us, women's in -ienė, -aitė, -ytė, -utė.
const MEN = {
  first: ['Jonas', 'Tomas', 'Mindaugas', 'Vytautas', 'Algirdas', 'Darius', 'Žygimantas', 'Šarūnas', 'Linas', 'Eimantas', 'Andrius', 'Gediminas', 'Česlovas', 'Kęstutis', 'Ūdrys'],
  last: ['Kazlauskas', 'Petrauskas', 'Jankauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas', 'Urbonas', 'Čepaitis', 'Šimkus', 'Ąžuolas', 'Baranauskas', 'Navickas', 'Ylakis'],
};
const WOMEN = {
  first: ['Aistė', 'Rūta', 'Eglė', 'Dalia', 'Laima', 'Ieva', 'Gintarė', 'Birutė', 'Jūratė', 'Živilė', 'Ūla', 'Ona', 'Giedrė', 'Inga', 'Yla'],
  last: ['Kazlauskienė', 'Petrauskienė', 'Jankauskienė', 'Vasiliauskienė', 'Žemaitienė', 'Butkienė', 'Urbonienė', 'Šimkutė', 'Čepaitytė', 'Įgaunytė', 'Ūsaitė', 'Yčaitė', 'Mockutė', 'Lukšienė', 'Ąžuolaitė'],
};

// Staff roles, weighted roughly like a programme's staff list.
const ROLES: [Role, number][] = [
  ['case_manager', 30], ['social_worker', 20], ['job_coach', 10], ['employment_officer', 10], ['psychologist', 6],
  ['teacher', 6], ['volunteer', 6], ['centre_coordinator', 4], ['programme_manager', 3], ['ward_elder', 3], ['administrator', 2],
];
// What staff do all day, as the server records it. `subject` says what the entry is about:
// the actor themself, another user, the actor's organisation, a centre, or nothing in particular.
const ACTIONS: { action: string; entityType: string; subject: 'actor' | 'user' | 'organisation' | 'centre' | 'none'; weight: number }[] = [
  { action: 'auth.sign_in', entityType: 'user', subject: 'actor', weight: 20 },
  { action: 'auth.sign_out', entityType: 'user', subject: 'actor', weight: 8 },
  { action: 'user.view', entityType: 'user', subject: 'user', weight: 22 },
  { action: 'user.list', entityType: 'user', subject: 'none', weight: 12 },
  { action: 'organisation.view', entityType: 'organisation', subject: 'organisation', weight: 12 },
  { action: 'centre.update', entityType: 'centre', subject: 'centre', weight: 6 },
  { action: 'user.update', entityType: 'user', subject: 'user', weight: 6 },
  { action: 'user.create', entityType: 'user', subject: 'user', weight: 3 },
  { action: 'audit.list', entityType: 'audit_log', subject: 'none', weight: 3 },
  { action: 'user.change_password', entityType: 'user', subject: 'actor', weight: 2 },
  { action: 'centre.create', entityType: 'centre', subject: 'centre', weight: 1 },
  { action: 'organisation.update', entityType: 'organisation', subject: 'organisation', weight: 1 },
];

function weighted<T>(items: [T, number][]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let point = Math.random() * total;
  for (const [item, weight] of items) {
    point -= weight;
    if (point < 0) return item;
  }
  return items.at(-1)![0];
}

const userKeys = (first: string, last: string, email: string) => ({
  sortKey: lithuanianSortKey(`${last} ${first}`),
  searchKey: searchKey(`${first} ${last} ${email}`),
});

export async function generate(db: pg.Pool): Promise<Generated> {
  const started = performance.now();

  const organisationIds = ORGANISATIONS.map(() => randomUUID());
  await db.query(
    `insert into organisations (id, name, kind, sort_key, search_key)
     select * from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
    [organisationIds, ORGANISATIONS.map((o) => o.name), ORGANISATIONS.map((o) => o.kind),
      ORGANISATIONS.map((o) => lithuanianSortKey(o.name)), ORGANISATIONS.map((o) => searchKey(o.name))],
  );

  // Staff cannot sign in during the benchmark, so they share one hash: argon2 takes ~30 ms each.
  const staffHash = await hashPassword(randomUUID());
  const users: { id: string; email: string; first: string; last: string; hash: string; systemAdmin: boolean }[] = [];
  const memberships: { userId: string; organisationId: string; role: Role }[] = [];
  const organisationWeights = ORGANISATIONS.map((o, index): [number, number] => [index, o.weight]);
  for (let i = 0; i < STAFF_COUNT; i++) {
    const names = Math.random() < 0.7 ? WOMEN : MEN; // social services staff are mostly women
    const first = names.first[Math.floor(Math.random() * names.first.length)]!;
    const last = names.last[Math.floor(Math.random() * names.last.length)]!;
    const id = randomUUID();
    users.push({ id, email: `${searchKey(first)}.${searchKey(last)}.${i}@staff.kelias.test`, first, last, hash: staffHash, systemAdmin: false });
    const home = weighted(organisationWeights);
    memberships.push({ userId: id, organisationId: organisationIds[home]!, role: weighted(ROLES) });
    // One in ten also works for a second organisation (a shared specialist).
    if (Math.random() < 0.1) {
      const other = (home + 1 + Math.floor(Math.random() * (ORGANISATIONS.length - 1))) % ORGANISATIONS.length;
      memberships.push({ userId: id, organisationId: organisationIds[other]!, role: weighted(ROLES) });
    }
  }

  const persona = async (email: string, first: string, last: string, systemAdmin: boolean, roles: { organisationId: string; role: Role }[]): Promise<Persona> => {
    const password = `bench-${randomUUID()}`;
    const id = randomUUID();
    users.push({ id, email, first, last, hash: await hashPassword(password), systemAdmin });
    memberships.push(...roles.map((m) => ({ userId: id, ...m })));
    return { email, password, actor: { userId: id, name: `${first} ${last}`, isSystemAdmin: systemAdmin, memberships: roles } };
  };
  const admin = await persona('admin@bench.kelias.test', 'Aistė', 'Administratorė', true, [{ organisationId: organisationIds[0]!, role: 'administrator' }]);
  const auditor = await persona('auditorius@bench.kelias.test', 'Birutė', 'Auditorė', false, [{ organisationId: organisationIds[AUDITOR_ORGANISATION]!, role: 'auditor' }]);

  const keys = users.map((u) => userKeys(u.first, u.last, u.email));
  await db.query(
    `insert into users (id, email, first_name, last_name, sort_key, search_key, password_hash, is_system_admin, created_at)
     select id, email, first_name, last_name, sort_key, search_key, hash, admin, now() - random() * interval '3 years'
     from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[])
       as t (id, email, first_name, last_name, sort_key, search_key, hash, admin)`,
    [users.map((u) => u.id), users.map((u) => u.email), users.map((u) => u.first), users.map((u) => u.last),
      keys.map((k) => k.sortKey), keys.map((k) => k.searchKey), users.map((u) => u.hash), users.map((u) => u.systemAdmin)],
  );
  await db.query(
    `insert into memberships (user_id, organisation_id, role)
     select * from unnest($1::uuid[], $2::uuid[], $3::text[]) on conflict do nothing`,
    [memberships.map((m) => m.userId), memberships.map((m) => m.organisationId), memberships.map((m) => m.role)],
  );

  // Each action gets a slice [lo, hi) of 0..1 by weight; every generated entry draws a number.
  const totalWeight = ACTIONS.reduce((sum, a) => sum + a.weight, 0);
  let lo = 0;
  const actions = ACTIONS.map((a) => {
    const slice = { action: a.action, entity_type: a.entityType, subject: a.subject, lo: lo / totalWeight, hi: (lo + a.weight) / totalWeight };
    lo += a.weight;
    return slice;
  });
  // Ordered by time, so ids grow with occurred_at as they do in a live log.
  await db.query(
    `with staff as (
       select row_number() over (order by u.id) as i, u.id, u.first_name || ' ' || u.last_name as name, u.email, home.organisation_id
       from users u
       join lateral (select organisation_id from memberships m where m.user_id = u.id order by m.created_at, m.organisation_id limit 1) home on true
       where not u.is_system_admin
     ),
     size as (select count(*) as n from staff),
     act as (select * from jsonb_to_recordset($1::jsonb) as a (action text, entity_type text, subject text, lo float8, hi float8)),
     events as (
       select now() - random() * make_interval(days => $3::int) as occurred_at,
              1 + floor(random() * size.n)::bigint as actor_i,
              1 + floor(random() * size.n)::bigint as subject_i,
              random() as pick,
              random() as luck
       from generate_series(1, $2::int), size
     ),
     entries as (
       select e.occurred_at, act.action, act.entity_type, act.subject, actor.i as actor_i, actor.id as actor_id, actor.name as actor_name,
              actor.email as actor_email, actor.organisation_id as actor_organisation, subject.id as subject_id,
              subject.organisation_id as subject_organisation,
              case when act.action = 'auth.sign_in' and e.luck < 0.04 then 'failed'
                   when act.subject = 'user' and e.luck < 0.01 then 'denied'
                   else 'ok' end as outcome
       from events e
       join staff actor on actor.i = e.actor_i
       join staff subject on subject.i = e.subject_i
       join act on e.pick >= act.lo and e.pick < act.hi
     )
     insert into audit_log (occurred_at, actor_id, actor_name, action, entity_type, entity_id, organisation_id, ip, outcome, details)
     select occurred_at,
            case when outcome = 'failed' then null else actor_id end,
            case when outcome = 'failed' then '' else actor_name end,
            action, entity_type,
            case subject when 'actor' then actor_id::text when 'user' then subject_id::text
                         when 'organisation' then actor_organisation::text when 'centre' then md5(actor_organisation::text || (actor_i % 7))::uuid::text
                         else '' end,
            case subject when 'user' then subject_organisation when 'organisation' then actor_organisation
                         when 'centre' then actor_organisation else null end,
            '10.' || (actor_i / 250) || '.' || (actor_i % 250) || '.' || (1 + actor_i % 200),
            outcome,
            case when outcome = 'failed' then jsonb_build_object('email', actor_email)
                 when action in ('user.list', 'audit.list') then '{"filter": {"pageSize": 50}}'::jsonb
                 when action = 'user.update' then '{"fields": ["lastName", "memberships"]}'::jsonb
                 else '{}'::jsonb end
     from entries
     order by occurred_at`,
    [JSON.stringify(actions), AUDIT_ENTRIES, AUDIT_DAYS],
  );

  // Fresh statistics (and a visibility map) as autovacuum would leave them on a live server;
  // without them the planner guesses row counts for the tables just filled.
  await db.query('vacuum (analyze) organisations, users, memberships, audit_log');

  const { rows: [share] } = await db.query<{ share: number }>(
    `select (count(*) filter (where organisation_id = $1 or actor_id in (select user_id from memberships where organisation_id = $1)))::float8
            / count(*) as share from audit_log`,
    [organisationIds[AUDITOR_ORGANISATION]],
  );
  return {
    admin,
    auditor,
    auditorShare: share!.share,
    seconds: (performance.now() - started) / 1000,
    counts: { organisations: ORGANISATIONS.length, users: users.length, memberships: memberships.length, auditEntries: AUDIT_ENTRIES },
  };
}
