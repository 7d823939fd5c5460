import type { Database } from '../../db/connect.ts';
import type { ServicePlace } from '../../../contracts/cases.ts';
import { dayOf, demoCase, member, tell, vilniusTime, type DemoCaseRef, type DemoStory } from '../cases/cases.demo.ts';
import { DEMO_PLANS } from '../plans/plans.demo.ts';

// Demo data: the services delivered in the demo cases, as their plans' steps say — each
// session of a step on its day, by the person responsible for the step — so what was
// delivered matches the plan the person agreed to. Sessions held at a demo appointment
// are logged from there (appointments.demo.ts).

export interface DemoDelivery {
  on: string;
  serviceKey: string;
  providerId: string;
  place: ServicePlace;
  minutes: number;
  village?: string;
  notes?: string;
  /** Kept for the staff of this organisation role only, as a psychologist's session notes are. */
  confidential?: { note: string; role: string };
}

/** One delivered service, logged at the end of its day by whoever gave it, as the services panel does. */
export async function deliverDemoService(trx: Database, story: DemoStory, ref: DemoCaseRef, delivery: DemoDelivery) {
  const { id } = await trx.insertInto('service_deliveries').values({
    organisation_id: ref.organisationId, case_id: ref.id, participant_id: ref.participantId, service_key: delivery.serviceKey,
    delivered_on: delivery.on, duration_minutes: delivery.minutes, provider_id: delivery.providerId, created_by: delivery.providerId,
    place: delivery.place, centre_id: delivery.place === 'centre' ? story.centreId : null, village: delivery.village ?? '', notes: delivery.notes ?? '',
    confidential_note: delivery.confidential?.note ?? '', confidential_role: delivery.confidential?.role ?? null,
    created_at: vilniusTime(delivery.on, '15:00'),
  }).returning('id').executeTakeFirstOrThrow();
  tell(story, ref, delivery.on, '15:00', delivery.providerId, 'service_delivered', { serviceId: id, serviceKey: delivery.serviceKey, minutes: delivery.minutes });
}

export async function seedDemoServices(trx: Database, story: DemoStory) {
  for (const plan of DEMO_PLANS) {
    const ref = demoCase(story, plan.last);
    for (const step of plan.goals.flatMap((goal) => goal.steps)) {
      const sessions = step.sessions;
      if (!sessions) continue;
      if (sessions.days.some((day) => day < plan.agreed)) throw new Error(`demo: ${ref.name} had "${step.text}" before agreeing to the plan`);
      for (const [index, day] of sessions.days.entries()) {
        const last = index === sessions.days.length - 1;
        await deliverDemoService(trx, story, ref, {
          on: dayOf(story, ref, day), serviceKey: step.service, providerId: member(ref, step.who),
          place: sessions.place, minutes: sessions.minutes, ...(sessions.village ? { village: sessions.village } : {}),
          ...(last && sessions.note ? { notes: sessions.note } : {}),
        });
      }
    }
  }
}
