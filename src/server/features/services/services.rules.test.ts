import { describe, expect, it } from 'vitest';
import { checkDelivery, checkRemoval, confidentialRoleOf, daysBefore, daysBetween, decodeCursor, encodeCursor, mayReadConfidential, todayInLithuania } from './services.rules.ts';

describe('a delivered service', () => {
  const today = '2026-11-22';

  it('may not be dated in the future', () => {
    expect(checkDelivery({ deliveredOn: '2026-11-23', place: 'online' }, today)).toEqual([{ field: 'deliveredOn', problem: 'date_in_future' }]);
    expect(checkDelivery({ deliveredOn: today, place: 'online' }, today)).toEqual([]);
  });

  it('at a centre names the centre; with the mobile team, the village', () => {
    expect(checkDelivery({ deliveredOn: today, place: 'centre' }, today)).toEqual([{ field: 'centreId', problem: 'required' }]);
    expect(checkDelivery({ deliveredOn: today, place: 'mobile_team', village: '  ' }, today)).toEqual([{ field: 'village', problem: 'required' }]);
    expect(checkDelivery({ deliveredOn: today, place: 'home_visit' }, today)).toEqual([]);
    expect(checkDelivery({ deliveredOn: '2026-12-01', place: 'centre' }, today)).toHaveLength(2);
  });

  it('is dated by Lithuanian time, not the server\'s', () => {
    expect(todayInLithuania(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23');
    expect(todayInLithuania(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
  });
});

describe('the role a confidential note is kept for', () => {
  it('is the author\'s role in the case team, a specialty before case manager', () => {
    expect(confidentialRoleOf(['psychologist'], ['psychologist'])).toBe('psychologist');
    expect(confidentialRoleOf(['case_manager', 'psychologist'], ['case_manager'])).toBe('psychologist');
    expect(confidentialRoleOf(['case_manager'], ['case_manager', 'administrator'])).toBe('case_manager');
  });

  it('is their organisation role when they are not in the team, a specialty first', () => {
    expect(confidentialRoleOf([], ['administrator', 'social_worker'])).toBe('social_worker');
    expect(confidentialRoleOf([], ['programme_manager'])).toBe('programme_manager');
    expect(confidentialRoleOf([], [])).toBeNull();
  });

  it('is the same whatever order the roles come in', () => {
    expect(confidentialRoleOf(['job_coach', 'social_worker'], [])).toBe(confidentialRoleOf(['social_worker', 'job_coach'], []));
  });
});

describe('who reads a confidential note', () => {
  const note = { authorId: 'a', role: 'psychologist' };
  it('its author and holders of its role; nobody else', () => {
    expect(mayReadConfidential(note, { userId: 'a', organisationRoles: ['social_worker'] })).toBe(true);
    expect(mayReadConfidential(note, { userId: 'b', organisationRoles: ['psychologist'] })).toBe(true);
    expect(mayReadConfidential(note, { userId: 'c', organisationRoles: ['social_worker', 'case_manager'] })).toBe(false);
    expect(mayReadConfidential({ authorId: null, role: null }, { userId: 'c', organisationRoles: [] })).toBe(false);
  });
});

describe('removing a wrongly logged service', () => {
  const today = '2026-11-22';
  const delivery = { createdBy: 'author', loggedOn: today };

  it('is its author\'s on the day it was logged', () => {
    expect(checkRemoval(delivery, { userId: 'author', managesCase: false }, today, 'Ne ta paslauga')).toEqual({ allowed: true });
    expect(checkRemoval({ ...delivery, loggedOn: '2026-11-21' }, { userId: 'author', managesCase: false }, today, 'typo')).toEqual({ allowed: false, problem: 'not_allowed' });
    expect(checkRemoval(delivery, { userId: 'someone', managesCase: false }, today, 'typo')).toEqual({ allowed: false, problem: 'not_allowed' });
  });

  it('is a case manager\'s at any time', () => {
    const manager = { userId: 'manager', managesCase: true };
    expect(checkRemoval({ ...delivery, loggedOn: '2026-01-05' }, manager, today, 'Logged in the wrong case')).toEqual({ allowed: true });
  });

  it('always needs a reason', () => {
    expect(checkRemoval(delivery, { userId: 'author', managesCase: false }, today, undefined)).toEqual({ allowed: false, problem: 'reason_required' });
    expect(checkRemoval(delivery, { userId: 'manager', managesCase: true }, today, ' ')).toEqual({ allowed: false, problem: 'reason_required' });
  });
});

describe('cursors and periods', () => {
  it('round-trip and refuse anything else', () => {
    const cursor = { deliveredOn: '2026-11-20', id: '6f1c2a8e-2b7d-4c55-9d0e-1f2a3b4c5d6e' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor('garbage')).toBeNull();
    expect(decodeCursor(Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'))).toBeNull();
  });

  it('count days inclusive', () => {
    expect(daysBetween('2026-11-01', '2026-11-30')).toBe(30);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(3);
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});
