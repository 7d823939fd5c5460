import { Type, type Static } from 'typebox';

// The home page's counts, within the user's organisations. A count is null when the
// user may not see what it counts: the page leaves it out.

const Count = Type.Union([Type.Integer(), Type.Null()]);

export const HomeCounts = Type.Object({
  organisations: Type.Integer(),
  centres: Type.Integer(),
  workstations: Type.Integer(),
  activeStaff: Type.Integer(),
  auditEntriesToday: Count,
  /** People in the registry, for those who may read it (never the installation administrator as such). */
  participants: Count,
  /** Programmes with status active. */
  activeProgrammes: Count,
  /** People enrolled in at least one programme now; a person in two programmes counts once. */
  enrolled: Count,
  /** People on at least one programme's waiting list now. */
  waiting: Count,
});
export type HomeCounts = Static<typeof HomeCounts>;
