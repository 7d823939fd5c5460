// Actions and record types the app names in words; anything else shows its code.
export const KNOWN_ACTIONS = [
  'auth.sign_in', 'auth.sign_out', 'auth.sign_out_everywhere', 'user.view', 'user.list', 'user.create', 'user.update',
  'user.change_password', 'centre.create', 'centre.update', 'organisation.create', 'organisation.update',
  'organisation.view', 'audit.list', 'demo.seed', 'attachment.download',
  // Case management (issue 4).
  'case.list', 'case.summary', 'case.view', 'case.stage', 'case.staff', 'case.team', 'case.handover', 'case.timeline',
  'assessment.list', 'assessment.view', 'assessment.create', 'assessment.update', 'assessment.complete',
  'plan.view', 'plan.save', 'plan.agree', 'plan.print', 'plan.revisions.view', 'plan.revision.view',
  'service.create', 'service.create_group', 'service.list', 'service.list_mine', 'service.delete',
  'appointment.create', 'appointment.update', 'appointment.list', 'appointment.specialists',
  'task.create', 'task.update', 'task.list', 'reminder.list', 'reminder.read',
] as const;

export const KNOWN_ENTITY_TYPES = ['user', 'centre', 'organisation', 'audit_log', 'installation', 'case', 'appointment', 'task', 'reminder', 'attachment'] as const;

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
