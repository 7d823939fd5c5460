import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { municipalityByCode } from '../../../../contracts/municipalities.ts';
import { OccupationNames } from '../../../components/fields/occupation-field.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan } from '../../../lib/session.ts';
import { useEditForm } from '../../../lib/use-form-problem.ts';
import { useEmployer, useUpdateEmployer } from '../api/employers.ts';
import { ContactPersonsPanel } from './contact-persons-panel.tsx';
import { EmployerContactsPanel } from './employer-contacts-panel.tsx';
import { EmployerForm, employerBody, employerValuesOf } from './employer-form.tsx';

/** An employer's page: details, contact persons, relationship history, vacancies, and the edit form. */
export function EmployerDetails({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const employer = useEmployer(id);
  const update = useUpdateEmployer(id);
  const form = useEditForm(employer.refetch);
  const canManage = useCan('employer.manage', employer.data?.organisationId ?? null);

  if (!employer.data) {
    return (
      <>
        <PageHeader title={t('employers.title')} />
        <QueryState isPending={employer.isPending} error={employer.error} />
      </>
    );
  }
  const e = employer.data;
  const yesNo = (value: boolean) => (value ? t('employers.yes') : t('employers.no'));
  const place = [municipalityByCode(e.municipalityCode)?.name, e.eldership, e.address].filter(Boolean).join(', ');

  return (
    <>
      <PageHeader title={e.name} />
      <p className="breadcrumb"><Link to="/employers">{t('employers.backToList')}</Link></p>
      <dl className="facts">
        <div><dt>{t('employers.fields.companyCode')}</dt><dd>{e.companyCode ?? '—'}</dd></div>
        <div><dt>{t('employers.fields.sector')}</dt><dd>{e.sector ? `${e.sector} – ${t(`employers.sectors.${e.sector}`)}` : '—'}</dd></div>
        <div><dt>{t('employers.place')}</dt><dd>{place || '—'}</dd></div>
        <div><dt>{t('employers.fields.phone')}</dt><dd>{e.phone || '—'}</dd></div>
        <div><dt>{t('employers.fields.email')}</dt><dd>{e.email ? <a href={`mailto:${e.email}`}>{e.email}</a> : '—'}</dd></div>
        <div><dt>{t('employers.fields.website')}</dt><dd>{e.website || '—'}</dd></div>
        <div><dt>{t('employers.fields.offersTrialPractice')}</dt><dd>{yesNo(e.offersTrialPractice)}</dd></div>
        <div><dt>{t('employers.fields.offersApprenticeships')}</dt><dd>{yesNo(e.offersApprenticeships)}</dd></div>
        <div><dt>{t('employers.fields.offersAdaptedWorkplaces')}</dt><dd>{yesNo(e.offersAdaptedWorkplaces)}</dd></div>
        <div><dt>{t('employers.fields.coachId')}</dt><dd>{e.coachName ?? t('employers.noCoach')}</dd></div>
        <div><dt>{t('employers.fields.organisationId')}</dt><dd>{e.organisationName}</dd></div>
        {e.notes ? <div><dt>{t('employers.fields.notes')}</dt><dd className="contact-notes">{e.notes}</dd></div> : null}
      </dl>

      <ContactPersonsPanel employerId={e.id} persons={e.contactPersons} canManage={canManage} />

      <Panel id="employer-vacancies" title={t('employers.vacancies')}>
        {canManage ? <p><Link to="/vacancies/new" search={{ employerId: e.id }} className="button button-primary">{t('employers.vacancy.new')}</Link></p> : null}
        {e.openVacancies.length === 0 ? <p>{t('employers.noVacancies')}</p> : (
          <DataTable caption={t('employers.vacanciesCaption', { name: e.name })}>
            <thead>
              <tr>
                <th scope="col">{t('employers.vacancy.fields.title')}</th>
                <th scope="col">{t('employers.vacancy.fields.iscoCode')}</th>
                <th scope="col">{t('employers.vacancy.fields.status')}</th>
                <th scope="col">{t('employers.vacancy.fields.closesOn')}</th>
              </tr>
            </thead>
            <tbody>
              {e.openVacancies.map((v) => (
                <tr key={v.id}>
                  <th scope="row"><Link to="/vacancies/$id" params={{ id: v.id }}>{v.title}</Link></th>
                  <td><OccupationNames codes={[v.iscoCode]} /></td>
                  <td>{t(`employers.vacancy.statuses.${v.status}`)}</td>
                  <td className="nowrap">{v.closesOn ? formatDate(v.closesOn, language) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <p><Link to="/vacancies" search={{ employerId: e.id }}>{t('employers.allVacancies')}</Link></p>
      </Panel>

      <EmployerContactsPanel employerId={e.id} persons={e.contactPersons} vacancies={e.openVacancies} canManage={canManage} />

      {canManage ? (
        <Panel id="employer-edit" title={t('employers.edit')}>
          <RecordChanged problem={form.problem} onReload={form.reload} />
          <EmployerForm
            key={form.key}
            form="employer-edit"
            mode="edit"
            initial={employerValuesOf(e)}
            submitLabel={t('form.save')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={update.isPending}
            onInvalid={form.invalid}
            onSubmit={(values) => {
              form.submitted();
              update.mutate({ ...employerBody(values), version: e.version }, { onSuccess: form.saved, onError: form.failed });
            }}
          />
        </Panel>
      ) : null}
    </>
  );
}
