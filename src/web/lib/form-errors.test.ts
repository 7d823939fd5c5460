import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { fieldId, formProblemOf } from './form-errors.ts';

describe('formProblemOf', () => {
  it('keeps the server message and one message per field', () => {
    const error = new ApiError(400, 'VALIDATION.FAILED', 'Patikrinkite pažymėtus laukus.', {
      fields: [
        { field: 'name', problem: 'required', message: 'Užpildykite šį lauką.' },
        { field: 'workstations', problem: 'too_small', message: 'Mažiausia reikšmė: 0.', params: { min: 0 } },
      ],
    });
    expect(formProblemOf(error, 'x')).toEqual({
      code: 'VALIDATION.FAILED',
      message: 'Patikrinkite pažymėtus laukus.',
      fields: { name: 'Užpildykite šį lauką.', workstations: 'Mažiausia reikšmė: 0.' },
    });
  });

  it('uses the fallback for failures that are not from the server', () => {
    expect(formProblemOf(new TypeError('boom'), 'Įvyko klaida.')).toEqual({ code: 'INTERNAL', message: 'Įvyko klaida.', fields: {} });
  });
});

describe('fieldId', () => {
  it('makes nested field names safe for ids', () => {
    expect(fieldId('user', 'memberships.0.role')).toBe('user-memberships-0-role');
  });
});
