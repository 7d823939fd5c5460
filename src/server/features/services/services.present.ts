import type { Language } from '../../../contracts/roles.ts';
import type { MyService, ServiceDelivery, ServiceTotal, ServiceType, ServiceTypeGroup } from '../../../contracts/services.ts';
import { SERVICE_CATEGORIES } from '../../../contracts/services.ts';
import type { DeliveryRow, ServiceTypeRow } from './services.queries.ts';
import { mayReadConfidential, todayInLithuania } from './services.rules.ts';

const nameIn = (language: Language, lt: string, en: string) => (language === 'en' && en ? en : lt);
const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function presentServiceType(row: ServiceTypeRow, language: Language): ServiceType {
  return { key: row.key, category: row.category, name: nameIn(language, row.name_lt, row.name_en), nameLt: row.name_lt, nameEn: row.name_en, isActive: row.is_active };
}

/** The catalogue by category, categories in their fixed order, types in the catalogue's. */
export function presentCatalogue(rows: ServiceTypeRow[], language: Language): ServiceTypeGroup[] {
  return SERVICE_CATEGORIES
    .map((category) => ({ category, types: rows.filter((row) => row.category === category).map((row) => presentServiceType(row, language)) }))
    .filter((group) => group.types.length > 0);
}

/** What the reader is, as far as a delivery's confidential note and removal are concerned. */
export interface Reader {
  userId: string;
  language: Language;
  /** The reader's roles in the delivery's organisation. */
  organisationRoles: readonly string[];
  /** Holds case.manage there (may remove any delivery, with a reason). */
  managesCases: boolean;
}

export function presentDelivery(row: DeliveryRow, reader: Reader): ServiceDelivery {
  const hasNote = row.confidential_note !== '';
  const readable = hasNote && mayReadConfidential({ authorId: row.created_by, role: row.confidential_role }, reader);
  const ownToday = row.created_by === reader.userId && todayInLithuania(new Date(row.created_at)) === todayInLithuania();
  return {
    id: row.id,
    caseId: row.case_id,
    serviceKey: row.service_key,
    serviceName: nameIn(reader.language, row.name_lt, row.name_en),
    category: row.category,
    deliveredOn: row.delivered_on,
    durationMinutes: row.duration_minutes,
    place: row.place,
    centreId: row.centre_id,
    centreName: row.centre_name,
    village: row.village,
    groupId: row.group_id,
    groupSize: Number(row.group_size),
    notes: row.notes,
    providerId: row.provider_id,
    providerName: `${row.provider_first_name} ${row.provider_last_name}`,
    hasConfidentialNote: hasNote,
    confidentialNote: readable ? row.confidential_note : null,
    confidentialRole: hasNote ? row.confidential_role : null,
    canRemove: ownToday || reader.managesCases,
    createdAt: iso(row.created_at),
  };
}

export function presentMyService(row: DeliveryRow & { participant_first_name: string; participant_last_name: string }, reader: Reader): MyService {
  return { ...presentDelivery(row, reader), participantName: `${row.participant_first_name} ${row.participant_last_name}` };
}

export function presentTotal(row: { service_key: string; name_lt: string; name_en: string; count: number | string; minutes: number | string | null }, language: Language): ServiceTotal {
  return { serviceKey: row.service_key, serviceName: nameIn(language, row.name_lt, row.name_en), count: Number(row.count), minutes: Number(row.minutes ?? 0) };
}
