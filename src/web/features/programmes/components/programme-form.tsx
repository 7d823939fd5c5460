import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../contracts/limits.ts';
import { PARTNER_ROLES, PROGRAMME_SERVICES, PROGRAMME_STATUSES, type Programme, type ProgrammeUpdate } from '../../../../contracts/programmes.ts';
import { ROLES, type Role } from '../../../../contracts/roles.ts';
import { Button } from '../../../components/ui/button.tsx';
import { Checkbox } from '../../../components/ui/checkbox.tsx';
import { FormProblemSummary } from '../../../components/ui/error-summary.tsx';
import { FormActions, type RecordFormProps } from '../../../components/ui/form-actions.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { fieldId, type FormProblem } from '../../../lib/form-errors.ts';
import { useCentreOptions, useUserOptions, type Option } from '../../../lib/lookups.ts';

// The programme's own details; its eligibility rules have their own editor (versions).
// Centres and the case team are chosen from the programme organisation's centres and
// staff; the server checks that again and names any that are not.

export interface ProgrammeValues {
  nameLt: string; nameEn: string; startsOn: string; endsOn: string; funder: string; capacity: string; status: string;
  services: string[];
  centreIds: string[];
  team: { userId: string; role: string }[];
  /** organisationId is not edited here, only kept. */
  partners: { name: string; role: string; organisationId: string | null }[];
  /** The version the form started from: a copy refetched meanwhile must not make a save overwrite someone else's. */
  version: number;
}

export function valuesOf(p: Programme): ProgrammeValues {
  return {
    nameLt: p.nameLt, nameEn: p.nameEn, startsOn: p.startsOn ?? '', endsOn: p.endsOn ?? '', funder: p.funder,
    capacity: String(p.capacity), status: p.status, services: p.services, centreIds: p.centres.map((c) => c.id),
    team: p.team.map((m) => ({ userId: m.userId, role: m.role })),
    partners: p.partners.map((x) => ({ name: x.name, role: x.role, organisationId: x.organisationId })),
    version: p.version,
  };
}

export function toBody(values: ProgrammeValues): ProgrammeUpdate {
  return {
    nameLt: values.nameLt, nameEn: values.nameEn,
    startsOn: values.startsOn || null, endsOn: values.endsOn || null,
    funder: values.funder, capacity: Number(values.capacity.trim()),
    status: values.status as (typeof PROGRAMME_STATUSES)[number],
    services: values.services, centreIds: values.centreIds,
    team: values.team.map((m) => ({ userId: m.userId, role: m.role as Role })),
    partners: values.partners.map((x) => ({ name: x.name, role: x.role || 'partner', organisationId: x.organisationId })),
    version: values.version,
  };
}

/**
 * Services and centres are tick boxes, so a problem with one of them (services.2,
 * centreIds.0) is shown at the whole group; its position in the body means nothing on screen.
 */
export function groupProblem(problem: FormProblem | null): FormProblem | null {
  if (!problem) return null;
  const fields: Record<string, string> = {};
  for (const [field, message] of Object.entries(problem.fields)) fields[field.replace(/^(services|centreIds)\.\d+$/, '$1')] = message;
  return { ...problem, fields };
}

/** Keys of a list and those the programme already has outside it (shown as they are). */
const withExtra = (known: readonly string[], present: readonly string[]) => [...known, ...present.filter((key) => !known.includes(key))];

/** The options, and any chosen one no longer among them (a former member, a moved centre), by its saved name. */
function withChosen(options: readonly Option[] | undefined, chosen: readonly Option[]): Option[] {
  const list = [...(options ?? [])];
  for (const option of chosen) if (!list.some((o) => o.id === option.id)) list.push(option);
  return list;
}

interface ProgrammeFormProps extends RecordFormProps<ProgrammeValues> {
  programme: Programme;
  onSubmit: (values: ProgrammeValues) => void;
  onInvalid: (problem: FormProblem) => void;
}

export function ProgrammeForm({ form, programme, initial, submitLabel, problem: rawProblem, attempt, isPending, onSubmit, onInvalid, onCancel }: ProgrammeFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const set = (key: 'nameLt' | 'nameEn' | 'startsOn' | 'endsOn' | 'funder' | 'capacity' | 'status') => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const centres = withChosen(useCentreOptions(programme.organisationId).data, programme.centres);
  const staff = withChosen(useUserOptions(programme.organisationId).data, programme.team.map((m) => ({ id: m.userId, name: m.name })));
  const services = withExtra(PROGRAMME_SERVICES, programme.services);
  const partnerRoles = withExtra(PARTNER_ROLES, programme.partners.map((x) => x.role));
  const problem = groupProblem(rawProblem);
  const error = (field: string) => problem?.fields[field];
  const id = (field: string) => fieldId(form, field);

  const toggle = (key: 'services' | 'centreIds', value: string) => (on: boolean) =>
    setValues((v) => ({ ...v, [key]: on ? [...v[key], value] : v[key].filter((x) => x !== value) }));
  const setMember = (index: number, key: 'userId' | 'role', value: string) =>
    setValues((v) => ({ ...v, team: v.team.map((m, i) => (i === index ? { ...m, [key]: value } : m)) }));
  const setPartner = (index: number, key: 'name' | 'role', value: string) =>
    setValues((v) => ({ ...v, partners: v.partners.map((x, i) => (i === index ? { ...x, [key]: value } : x)) }));

  const labelOf = (field: string): string => {
    const member = /^team\.(\d+)\.(userId|role)$/.exec(field);
    if (member) return `${t('programmes.teamRow', { number: Number(member[1]) + 1 })}, ${member[2] === 'role' ? t('programmes.teamRole') : t('programmes.teamMember')}`;
    const partner = /^partners\.(\d+)\.(name|role)$/.exec(field);
    if (partner) return `${t('programmes.partnerRow', { number: Number(partner[1]) + 1 })}, ${partner[2] === 'role' ? t('programmes.partnerRole') : t('programmes.partnerName')}`;
    const labels: Record<string, string> = {
      nameLt: t('programmes.nameLt'), nameEn: t('programmes.nameEn'), startsOn: t('programmes.startsOn'), endsOn: t('programmes.endsOn'),
      funder: t('programmes.funder'), capacity: t('programmes.capacityField'), status: t('programmes.status'),
      services: t('programmes.services'), centreIds: t('programmes.centres'), team: t('programmes.team'), partners: t('programmes.partners'),
    };
    return labels[field] ?? field;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.nameLt.trim()) fields.nameLt = t('form.fillIn');
    if (!/^\s*\d+\s*$/.test(values.capacity)) fields.capacity = t('programmes.capacityInvalid');
    values.team.forEach((m, index) => {
      if (!m.userId) fields[`team.${index}.userId`] = t('form.chooseOne');
      if (!m.role) fields[`team.${index}.role`] = t('form.chooseOne');
    });
    values.partners.forEach((x, index) => {
      if (!x.name.trim()) fields[`partners.${index}.name`] = t('form.fillIn');
    });
    if (Object.keys(fields).length > 0) {
      onInvalid({ code: 'VALIDATION.FAILED', message: t('form.checkFields'), fields });
      return;
    }
    onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormProblemSummary form={form} problem={problem} attempt={attempt} labelOf={labelOf} />
      <TextField id={id('nameLt')} label={labelOf('nameLt')} value={values.nameLt} onChange={set('nameLt')} error={error('nameLt')} isRequired maxLength={LIMITS.nameMax} />
      <TextField id={id('nameEn')} label={labelOf('nameEn')} description={t('programmes.nameEnHint')} value={values.nameEn} onChange={set('nameEn')} error={error('nameEn')} maxLength={LIMITS.nameMax} />
      <TextField id={id('startsOn')} label={labelOf('startsOn')} type="date" value={values.startsOn} onChange={set('startsOn')} error={error('startsOn')} />
      <TextField id={id('endsOn')} label={labelOf('endsOn')} type="date" value={values.endsOn} onChange={set('endsOn')} error={error('endsOn')} />
      <TextField id={id('funder')} label={labelOf('funder')} value={values.funder} onChange={set('funder')} error={error('funder')} maxLength={LIMITS.nameMax} />
      <TextField id={id('capacity')} label={labelOf('capacity')} description={t('programmes.capacityHint')} inputMode="numeric" value={values.capacity} onChange={set('capacity')} error={error('capacity')} isRequired />
      <SelectField id={id('status')} label={labelOf('status')} value={values.status} onChange={set('status')} error={error('status')}
        options={PROGRAMME_STATUSES.map((status) => ({ value: status, label: t(`programmes.statuses.${status}`) }))} />

      <fieldset className="checkbox-group" id={id('centreIds')} tabIndex={-1}>
        <legend>{labelOf('centreIds')}</legend>
        {centres.length === 0 ? <p>{t('programmes.noCentres')}</p> : null}
        {centres.map((centre) => (
          <Checkbox key={centre.id} label={centre.name} isSelected={values.centreIds.includes(centre.id)} onChange={toggle('centreIds', centre.id)} />
        ))}
        {error('centreIds') ? <p className="field-error">{error('centreIds')}</p> : null}
      </fieldset>

      <fieldset className="checkbox-group" id={id('services')} tabIndex={-1}>
        <legend>{labelOf('services')}</legend>
        {services.map((key) => (
          <Checkbox key={key} label={t(`programmes.serviceNames.${key}`, { defaultValue: key })} isSelected={values.services.includes(key)} onChange={toggle('services', key)} />
        ))}
        {error('services') ? <p className="field-error">{error('services')}</p> : null}
      </fieldset>

      <fieldset className="memberships" id={id('team')} tabIndex={-1}>
        <legend>{labelOf('team')}</legend>
        <p className="field-description">{t('programmes.teamHint')}</p>
        {error('team') ? <p className="field-error">{error('team')}</p> : null}
        {values.team.map((member, index) => (
          <fieldset className="list-row" key={index}>
            <legend>{t('programmes.teamRow', { number: index + 1 })}</legend>
            <SelectField id={id(`team.${index}.userId`)} label={t('programmes.teamMember')} value={member.userId} onChange={(value) => setMember(index, 'userId', value)}
              emptyLabel={t('form.choose')} options={staff.map((u) => ({ value: u.id, label: u.name }))} error={error(`team.${index}.userId`)} isRequired />
            <SelectField id={id(`team.${index}.role`)} label={t('programmes.teamRole')} value={member.role} onChange={(value) => setMember(index, 'role', value)}
              emptyLabel={t('form.choose')} options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} error={error(`team.${index}.role`)} isRequired />
            <Button variant="quiet" onPress={() => setValues((v) => ({ ...v, team: v.team.filter((_, i) => i !== index) }))}>
              {t('programmes.removeMember', { number: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button variant="secondary" onPress={() => setValues((v) => ({ ...v, team: [...v.team, { userId: '', role: '' }] }))}>{t('programmes.addMember')}</Button>
      </fieldset>

      <fieldset className="memberships" id={id('partners')} tabIndex={-1}>
        <legend>{labelOf('partners')}</legend>
        {error('partners') ? <p className="field-error">{error('partners')}</p> : null}
        {values.partners.map((partner, index) => (
          <fieldset className="list-row" key={index}>
            <legend>{t('programmes.partnerRow', { number: index + 1 })}</legend>
            <TextField id={id(`partners.${index}.name`)} label={t('programmes.partnerName')} value={partner.name} onChange={(value) => setPartner(index, 'name', value)}
              error={error(`partners.${index}.name`)} isRequired maxLength={LIMITS.nameMax} />
            <SelectField id={id(`partners.${index}.role`)} label={t('programmes.partnerRole')} value={partner.role || 'partner'} onChange={(value) => setPartner(index, 'role', value)}
              options={partnerRoles.map((role) => ({ value: role, label: t(`programmes.partnerRoles.${role}`, { defaultValue: role }) }))} error={error(`partners.${index}.role`)} />
            <Button variant="quiet" onPress={() => setValues((v) => ({ ...v, partners: v.partners.filter((_, i) => i !== index) }))}>
              {t('programmes.removePartner', { number: index + 1 })}
            </Button>
          </fieldset>
        ))}
        <Button variant="secondary" onPress={() => setValues((v) => ({ ...v, partners: [...v.partners, { name: '', role: 'partner', organisationId: null }] }))}>{t('programmes.addPartner')}</Button>
      </fieldset>
      <FormActions submitLabel={submitLabel} isPending={isPending} onCancel={onCancel} />
    </form>
  );
}
