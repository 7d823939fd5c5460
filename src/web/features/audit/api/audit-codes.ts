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
  // Employers, vacancies, supported employment (issue 5).
  'employer.view', 'employer.create', 'employer.update', 'employer.contact_person.create', 'employer.contact_person.update',
  'employer.contact_person.delete', 'employer_contact.create', 'employer_contact.list', 'vacancy.create', 'vacancy.update', 'match.list',
  'supported_employment.view', 'supported_employment.start', 'supported_employment.update', 'supported_employment.stage',
  'vocational_profile.view', 'vocational_profile.save', 'job_analysis.list', 'job_analysis.create', 'job_analysis.update',
  'placement.list', 'placement.view', 'placement.create', 'placement.update', 'placement.end', 'placement.follow_up',
  'placement.support', 'placement.support_list', 'fidelity.programme', 'fidelity.mine',
] as const;

export const KNOWN_ENTITY_TYPES = ['user', 'centre', 'organisation', 'audit_log', 'installation', 'case', 'appointment', 'task', 'reminder', 'attachment', 'employer', 'vacancy', 'placement', 'programme', 'employer_contact', 'job_analysis'] as const;

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
