import { describe, expect, it } from 'vitest';
import { PARTNER_ROLES, PROGRAMME_SERVICES, type Programme } from '../../../../contracts/programmes.ts';
import lt from '../../../locales/lt.json' with { type: 'json' };
import en from '../../../locales/en.json' with { type: 'json' };
import { groupProblem, toBody, valuesOf } from './programme-form.tsx';

const programme: Programme = {
  id: '00000000-0000-4000-8000-000000000001', organisationId: '00000000-0000-4000-8000-000000000002', organisationName: 'Kazlų Rūdos sav.',
  name: 'Programa', nameLt: 'Programa', nameEn: '', templateKey: null, startsOn: '2024-01-01', endsOn: null, funder: 'ESF+',
  capacity: 70, enrolled: 3, waiting: 0, status: 'active', services: ['transport', 'old_key'],
  centres: [{ id: '00000000-0000-4000-8000-000000000003', name: 'Centras' }],
  partners: [{ name: 'Užimtumo tarnyba', role: 'employment_service', organisationId: '00000000-0000-4000-8000-000000000004' }],
  team: [{ userId: '00000000-0000-4000-8000-000000000005', name: 'Ona Onaitė', role: 'case_manager' }],
  createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', version: 4,
};

describe('the programme form', () => {
  it('sends what it was given back unchanged, with the version it started from and empty dates as null', () => {
    expect(toBody(valuesOf(programme))).toEqual({
      nameLt: 'Programa', nameEn: '', startsOn: '2024-01-01', endsOn: null, funder: 'ESF+', capacity: 70, status: 'active',
      services: ['transport', 'old_key'], centreIds: ['00000000-0000-4000-8000-000000000003'],
      team: [{ userId: '00000000-0000-4000-8000-000000000005', role: 'case_manager' }],
      partners: [{ name: 'Užimtumo tarnyba', role: 'employment_service', organisationId: '00000000-0000-4000-8000-000000000004' }],
      version: 4,
    });
  });

  it('shows a problem with one tick box at its group', () => {
    const problem = { code: 'VALIDATION.FAILED', message: 'x', fields: { 'centreIds.1': 'a', 'services.0': 'b', 'team.1.userId': 'c' } };
    expect(groupProblem(problem)!.fields).toEqual({ centreIds: 'a', services: 'b', 'team.1.userId': 'c' });
  });

  it('has a label for every service and partner role in both languages', () => {
    for (const catalogue of [lt, en]) {
      expect(PROGRAMME_SERVICES.filter((key) => !catalogue.programmes.serviceNames[key])).toEqual([]);
      expect(PARTNER_ROLES.filter((role) => !catalogue.programmes.partnerRoles[role])).toEqual([]);
    }
  });
});
