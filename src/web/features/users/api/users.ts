import type { User } from '../../../../contracts/users.ts';
import type { Language, Role } from '../../../../contracts/roles.ts';
import { useCreateRecord, useRecord, useRecordList, useUpdateRecord } from '../../../lib/resource.ts';

export interface UserFilter { q: string; organisationId: string; role: string; active: string; page: number; pageSize: number }
// Written out here: the contract's Static types turn its mapped literal unions into never.
export interface UserBody {
  email: string; firstName: string; lastName: string; password: string; language?: Language;
  isSystemAdmin?: boolean; memberships: { organisationId: string; role: Role }[];
}
export type UserChange = Partial<UserBody> & { isActive?: boolean; version: number };

// A user's memberships change the staff counts of organisations and of the home page.
export const useUsers = (filter: UserFilter) => useRecordList<User>('users', { ...filter });
export const useUser = (id: string) => useRecord<User>('users', id);
export const useCreateUser = () => useCreateRecord<User, UserBody>('users', ['organisations', 'home']);
export const useUpdateUser = (id: string) => useUpdateRecord<User, UserChange>('users', id, ['organisations', 'home']);
