import type { Database } from '../../db/connect.ts';
import type { CaseTeamRole, ServicePlace } from '../../../contracts/cases.ts';
import { addDays, demoCase, member, tell, vilniusTime, type DemoStory } from '../cases/cases.demo.ts';
import { deliverDemoService } from '../services/services.demo.ts';
import { localSlot } from './appointments.rules.ts';

// Demo data: the days of the demo case manager and the team's psychologist around the day
// the demo is loaded — two meetings of hers that day (My caseload shows them), held ones on
// the working days before, planned ones on the next: at the centre, at home, at an
// employer, and the mobile team in a village. Each was booked a week before; none clashes
// with another (the database would refuse it).

interface DemoAppointment {
  last: string;
  who: CaseTeamRole;
  /** Working days from the day the demo is loaded: 0 is that day itself, whatever day it is. */
  day: number;
  from: string;
  to: string;
  place: ServicePlace;
  village?: string;
  purpose: string;
  /** Past ones were held; the service given there is logged with them, with the specialist's own note. */
  delivered?: { service: string; confidential?: string };
}

const APPOINTMENTS: DemoAppointment[] = [
  { last: 'Ąžuolinis', who: 'case_manager', day: -4, from: '11:00', to: '12:00', place: 'home_visit', village: 'Antanavas', purpose: 'Stebėsenos pokalbis: kaip sekasi darbe' },
  { last: 'Gudaitytė', who: 'case_manager', day: -3, from: '10:00', to: '11:00', place: 'centre', purpose: 'Pirmasis pokalbis centre' },
  { last: 'Šukienė', who: 'psychologist', day: -3, from: '13:00', to: '14:00', place: 'mobile_team', village: 'Bagotoji', purpose: 'Mobiliosios komandos vizitas: susipažinimas' },
  { last: 'Yčienė', who: 'case_manager', day: -2, from: '10:00', to: '11:00', place: 'centre', purpose: 'Vertinimo rezultatų ir plano projekto aptarimas' },
  {
    last: 'Balčiūnas', who: 'psychologist', day: -1, from: '13:00', to: '14:00', place: 'centre', purpose: 'Psichologo konsultacija',
    delivered: { service: 'psychological_help', confidential: 'Miega geriau, nerimas prieš darbo pokalbius mažesnis. Tęsti kas mėnesį.' },
  },
  { last: 'Žilinskas', who: 'case_manager', day: 0, from: '09:00', to: '10:00', place: 'centre', purpose: 'Pirmasis pokalbis: poreikiai ir reikalingi dokumentai' },
  { last: 'Gudaitytė', who: 'case_manager', day: 0, from: '13:30', to: '14:30', place: 'home_visit', village: 'Jankai', purpose: 'Pokalbis namuose: vaiko priežiūra ir darbo galimybės' },
  { last: 'Balčiūnas', who: 'case_manager', day: 1, from: '10:00', to: '11:00', place: 'centre', purpose: 'Plano peržiūra po pakartotinio vertinimo' },
  { last: 'Šukienė', who: 'psychologist', day: 1, from: '13:00', to: '14:30', place: 'mobile_team', village: 'Bagotoji', purpose: 'Mobiliosios komandos vizitas: vertinimo tęsinys' },
  { last: 'Čiurlienė', who: 'case_manager', day: 2, from: '14:00', to: '15:00', place: 'employer', purpose: 'Susitikimas su darbdaviu dėl darbo sutarties' },
  { last: 'Yčienė', who: 'case_manager', day: 3, from: '09:30', to: '10:30', place: 'centre', purpose: 'Plano aptarimas ir pasirašymas' },
  { last: 'Balčiūnas', who: 'psychologist', day: 3, from: '13:00', to: '14:00', place: 'centre', purpose: 'Psichologo konsultacija' },
  { last: 'Šukienė', who: 'case_manager', day: 4, from: '10:00', to: '11:00', place: 'centre', purpose: 'Vertinimo užbaigimas' },
];

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** The date `n` working days (Monday to Friday) from `today`. */
function workingDay(today: string, n: number): string {
  let date = today;
  for (let left = Math.abs(n); left > 0;) {
    date = addDays(date, Math.sign(n));
    if (!isWeekend(date)) left -= 1;
  }
  return date;
}

export async function seedDemoAppointments(trx: Database, story: DemoStory) {
  for (const demo of APPOINTMENTS) {
    const ref = demoCase(story, demo.last);
    const specialistId = member(ref, demo.who);
    const on = workingDay(story.today, demo.day);
    const bookedOn = addDays(on, -7);
    if (bookedOn < ref.openedOn) throw new Error(`demo: ${ref.name}'s appointment on ${on} was booked before the case was opened`);
    const held = on < story.today;
    const row = await trx.insertInto('appointments').values({
      organisation_id: ref.organisationId, specialist_id: specialistId, case_id: ref.id, participant_id: ref.participantId,
      centre_id: demo.place === 'centre' ? story.centreId : null, place: demo.place, village: demo.village ?? '',
      starts_at: vilniusTime(on, demo.from), ends_at: vilniusTime(on, demo.to), purpose: demo.purpose, status: held ? 'held' : 'planned',
      created_by: specialistId, created_at: vilniusTime(bookedOn, '12:00'), updated_at: vilniusTime(held ? on : bookedOn, held ? demo.to : '12:00'),
    }).returning(['id', 'starts_at', 'ends_at']).executeTakeFirstOrThrow();
    const specialist = await trx.selectFrom('users').select(['first_name', 'last_name']).where('id', '=', specialistId).executeTakeFirstOrThrow();
    const slot = localSlot(row.starts_at, row.ends_at);
    tell(story, ref, bookedOn, '12:00', specialistId, 'appointment_booked', {
      appointmentId: row.id, specialistId, specialistName: `${specialist.first_name} ${specialist.last_name}`,
      startsAt: row.starts_at.toISOString(), endsAt: row.ends_at.toISOString(), ...slot,
    });
    if (!held) continue;
    tell(story, ref, on, demo.to, specialistId, 'appointment_held', { appointmentId: row.id, startsAt: row.starts_at.toISOString(), ...slot });
    if (demo.delivered) {
      const minutes = (row.ends_at.getTime() - row.starts_at.getTime()) / 60_000;
      const { service, confidential } = demo.delivered;
      await deliverDemoService(trx, story, ref, {
        on, serviceKey: service, providerId: specialistId, place: demo.place, minutes, ...(confidential ? { confidential: { note: confidential, role: demo.who } } : {}),
      });
    }
  }
}
