import { describe, expect, it } from 'vitest';
import { can, installationPermissionsOf, organisationPermissionsOf, permissionsOf, scopeOf, type Actor } from './access.ts';

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
    expect(permissionsOf(caseManager).filter((p) => /^(organisation|centre|user|audit)\./.test(p))).toEqual(['organisation.read', 'centre.read']);
  });

  it('shows special-category participant data only to the roles that help the person, never to auditors or volunteers', () => {
    const roles = ['case_manager', 'social_worker', 'psychologist', 'job_coach', 'administrator', 'auditor', 'volunteer', 'teacher'] as const;
    const reading = roles.filter((role) => can(actor([{ organisationId: 'a', role }]), 'participant.special.read', 'a'));
    expect(reading).toEqual(['case_manager', 'social_worker', 'psychologist', 'job_coach']);
    expect(can(actor([{ organisationId: 'a', role: 'auditor' }]), 'participant.read', 'a')).toBe(true);
    expect(can(actor([{ organisationId: 'a', role: 'auditor' }]), 'participant.manage', 'a')).toBe(false);
    expect(can(actor([{ organisationId: 'a', role: 'volunteer' }]), 'participant.read', 'a')).toBe(false);
  });
});

describe('the installation administrator', () => {
  it('manages the installation everywhere but reads people\'s data only through their own roles', () => {
    const installationAdmin = actor([{ organisationId: 'kazlu', role: 'administrator' }], true);
    expect(scopeOf(installationAdmin, 'user.manage')).toBe('all');
    expect(scopeOf(installationAdmin, 'participant.read')).toEqual(['kazlu']);
    expect(scopeOf(installationAdmin, 'participant.special.read')).toEqual([]);
    expect(can(installationAdmin, 'enrolment.override', 'utena')).toBe(false);
  });

  it('tells the web app what reaches every organisation apart from what each membership gives', () => {
    const installationAdmin = actor([{ organisationId: 'kazlu', role: 'case_manager' }], true);
    const everywhere = installationPermissionsOf(installationAdmin);
    expect(everywhere).toContain('user.manage');
    expect(everywhere.filter((p) => /^(participant|screening|enrolment)\./.test(p))).toEqual([]);
    expect(organisationPermissionsOf(installationAdmin).kazlu).toEqual(expect.arrayContaining(['user.manage', 'participant.import']));
    expect(installationPermissionsOf(actor([{ organisationId: 'kazlu', role: 'administrator' }]))).toEqual([]);
  });
});
