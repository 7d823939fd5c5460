import { describe, expect, it } from 'vitest';
import { can, permissionsOf, scopeOf, type Actor } from './access.ts';

const actor = (memberships: Actor['memberships'], isSystemAdmin = false): Actor => ({
  userId: 'u', name: 'Test', isSystemAdmin, memberships,
});

describe('access decisions', () => {
  it('gives an organisation administrator user management in that organisation only', () => {
    const admin = actor([{ organisationId: 'rokiskis', role: 'administrator' }, { organisationId: 'utena', role: 'case_manager' }]);
    expect(scopeOf(admin, 'user.manage')).toEqual(['rokiskis']);
    expect(can(admin, 'user.manage', 'utena')).toBe(false);
    expect(can(admin, 'centre.read', 'utena')).toBe(true);
  });

  it('lets an auditor read the audit log and users but change nothing', () => {
    const auditor = actor([{ organisationId: 'kazlu-ruda', role: 'auditor' }]);
    expect(can(auditor, 'audit.read', 'kazlu-ruda')).toBe(true);
    expect(can(auditor, 'user.read', 'kazlu-ruda')).toBe(true);
    expect(permissionsOf(auditor).filter((p) => /manage|update|create/.test(p))).toEqual([]);
  });

  it('reserves creating organisations to the installation administrator', () => {
    expect(can(actor([{ organisationId: 'a', role: 'administrator' }]), 'organisation.create')).toBe(false);
    expect(can(actor([], true), 'organisation.create')).toBe(true);
    expect(scopeOf(actor([], true), 'audit.read')).toBe('all');
  });

  it('gives a case manager no staff or audit access', () => {
    const caseManager = actor([{ organisationId: 'a', role: 'case_manager' }]);
    expect(permissionsOf(caseManager)).toEqual(['organisation.read', 'centre.read']);
  });
});
