import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { LANGUAGES, ROLES, type Language, type Role } from '../../../../contracts/roles.ts';
import type { User } from '../../../../contracts/users.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions, type RecordFormProps } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId, type FormProblem } from '../../../lib/form-errors.ts';
import { useOrganisationOptions } from '../../../lib/lookups.ts';
import { useMe } from '../../../lib/session.ts';

export interface UserValues {
  firstName: string; lastName: string; email: string; password: string; language: string;
  memberships: { organisationId: string; role: string }[];
  isSystemAdmin: boolean; isActive: boolean;
}

export function valuesOf(user?: User): UserValues {
  return {
    firstName: user?.firstName ?? '',
    lastName: user?.lastName ?? '',
    email: user?.email ?? '',
    password: '',
    language: user?.language ?? 'lt',
    memberships: user ? user.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })) : [{ organisationId: '', role: '' }],
    isSystemAdmin: user?.isSystemAdmin ?? false,
    isActive: user?.isActive ?? true,
  };
}

/** The fields both creating and changing a user send. */
export function commonBody(values: UserValues, withSystemAdmin: boolean) {
  return {
    firstName: values.firstName,
    lastName: values.lastName,
    email: values.email.trim(),
    language: values.language as Language,
    memberships: values.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role as Role })),
    ...(withSystemAdmin ? { isSystemAdmin: values.isSystemAdmin } : {}),
  };
}

interface UserFormProps extends RecordFormProps<UserValues> {
  mode: 'create' | 'edit';
  onSubmit: (values: UserValues, withSystemAdmin: boolean) => void;
  onInvalid: (problem: FormProblem) => void;
}

export function UserForm({ form, mode, initial, submitLabel, problem, attempt, isPending, onSubmit, onInvalid, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const organisations = useOrganisationOptions();
  const [values, setValues] = useState(initial);
  const set = (key: 'firstName' | 'lastName' | 'email' | 'password' | 'language') => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const setMembership = (index: number, key: 'organisationId' | 'role', value: string) =>
    setValues((v) => ({ ...v, memberships: v.memberships.map((m, i) => (i === index ? { ...m, [key]: value } : m)) }));
  const withSystemAdmin = me?.user.isSystemAdmin ?? false;
  const id = (field: string) => fieldId(form, field);

  const labelOf = (field: string): string => {
    const membership = /^memberships\.(\d+)\.(organisationId|role)$/.exec(field);
    if (membership) {
      const row = t('users.membershipRow', { number: Number(membership[1]) + 1 });
      return `${row}, ${membership[2] === 'role' ? t('users.role') : t('users.organisation')}`;
    }
    const labels: Record<string, string> = {
      firstName: t('users.firstName'), lastName: t('users.lastName'), email: t('users.email'),
      password: mode === 'create' ? t('users.initialPassword') : t('users.newPassword'), language: t('users.language'),
      memberships: t('users.memberships'),
    };
    return labels[field] ?? field;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if ((mode === 'create' || values.password) && values.password.length < LIMITS.passwordMin) {
      fields.password = t('users.passwordTooShort', { min: LIMITS.passwordMin });
    }
    values.memberships.forEach((m, index) => {
      if (!m.organisationId) fields[`memberships.${index}.organisationId`] = t('form.chooseOne');
      if (!m.role) fields[`memberships.${index}.role`] = t('form.chooseOne');
    });
    if (Object.keys(fields).length > 0) {
      onInvalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    onSubmit(values, withSystemAdmin);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem} attempt={attempt} labelOf={labelOf} />
      <TextField id={id('firstName')} label={labelOf('firstName')} autoComplete="off" value={values.firstName} onChange={set('firstName')} error={problem?.fields.firstName} isRequired maxLength={LIMITS.nameMax} />
      <TextField id={id('lastName')} label={labelOf('lastName')} autoComplete="off" value={values.lastName} onChange={set('lastName')} error={problem?.fields.lastName} isRequired maxLength={LIMITS.nameMax} />
      <TextField id={id('email')} label={labelOf('email')} type="email" autoComplete="off" value={values.email} onChange={set('email')} error={problem?.fields.email} isRequired maxLength={LIMITS.emailMax} />
      <TextField
        id={id('password')}
        label={labelOf('password')}
        type="password"
        autoComplete="new-password"
        description={mode === 'create' ? t('users.passwordHint', { min: LIMITS.passwordMin }) : t('users.newPasswordHint', { min: LIMITS.passwordMin })}
        value={values.password}
        onChange={set('password')}
        error={problem?.fields.password}
        isRequired={mode === 'create'}
        maxLength={LIMITS.passwordMax}
      />
      <SelectField
        id={id('language')}
        label={labelOf('language')}
        value={values.language}
        onChange={set('language')}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
        error={problem?.fields.language}
        isRequired
      />

      <fieldset className="memberships">
        <legend>{t('users.memberships')}</legend>
        <p className="field-description">{t('users.membershipsHint')}</p>
        {problem?.fields.memberships ? <p className="field-error">{problem.fields.memberships}</p> : null}
        {values.memberships.map((membership, index) => (
          <div className="membership-row" key={index}>
            <SelectField
              id={id(`memberships.${index}.organisationId`)}
              label={labelOf(`memberships.${index}.organisationId`)}
              value={membership.organisationId}
              onChange={(value) => setMembership(index, 'organisationId', value)}
              emptyLabel={t('form.choose')}
              options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              error={problem?.fields[`memberships.${index}.organisationId`]}
              isRequired
            />
            <SelectField
              id={id(`memberships.${index}.role`)}
              label={labelOf(`memberships.${index}.role`)}
              value={membership.role}
              onChange={(value) => setMembership(index, 'role', value)}
              emptyLabel={t('form.choose')}
              options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              error={problem?.fields[`memberships.${index}.role`]}
              isRequired
            />
            <Button
              variant="secondary"
              onPress={() => setValues((v) => ({ ...v, memberships: v.memberships.filter((_, i) => i !== index) }))}
            >
              {t('users.removeMembership', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onPress={() => setValues((v) => ({ ...v, memberships: [...v.memberships, { organisationId: '', role: '' }] }))}>
          {t('users.addMembership')}
        </Button>
      </fieldset>

      {withSystemAdmin ? (
        <Checkbox id={id('isSystemAdmin')} label={t('users.isSystemAdmin')} isSelected={values.isSystemAdmin} onChange={(isSystemAdmin) => setValues((v) => ({ ...v, isSystemAdmin }))} />
      ) : null}
      {mode === 'edit' ? (
        <Checkbox id={id('isActive')} label={t('users.isActiveLabel')} isSelected={values.isActive} onChange={(isActive) => setValues((v) => ({ ...v, isActive }))} />
      ) : null}
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
