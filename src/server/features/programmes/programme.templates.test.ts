import { describe, expect, it } from 'vitest';
import { PARTNER_ROLES, PROGRAMME_SERVICES } from '../../../contracts/programmes.ts';
import { PROGRAMME_TEMPLATES } from './programme.templates.ts';

describe('programme templates', () => {
  it('name only services and partner roles the web app can label', () => {
    const services = PROGRAMME_TEMPLATES.flatMap((t) => t.services);
    expect(services.filter((key) => !(PROGRAMME_SERVICES as readonly string[]).includes(key))).toEqual([]);
    const roles = PROGRAMME_TEMPLATES.flatMap((t) => t.partners.map((p) => p.role));
    expect(roles.filter((role) => !(PARTNER_ROLES as readonly string[]).includes(role))).toEqual([]);
  });
});
