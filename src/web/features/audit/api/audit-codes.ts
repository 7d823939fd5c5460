// Actions and record types the app names in words; anything else shows its code.
export const KNOWN_ACTIONS = [
  'auth.sign_in', 'auth.sign_out', 'auth.sign_out_everywhere', 'user.view', 'user.list', 'user.create', 'user.update',
  'user.change_password', 'centre.create', 'centre.update', 'organisation.create', 'organisation.update',
  'organisation.view', 'audit.list', 'demo.seed',
] as const;

export const KNOWN_ENTITY_TYPES = ['user', 'centre', 'organisation', 'audit_log', 'installation'] as const;

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
