import type { ReactNode } from 'react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { VacancyStatus } from '../../../../contracts/employment.ts';
import { municipalityByCode } from '../../../../contracts/municipalities.ts';
import type { Vacancy } from '../../../../contracts/vacancies.ts';
import { Banner } from '../../../components/ui/banner.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { RecordChanged } from '../../../components/ui/record-changed.tsx';
import { announce } from '../../../lib/announce.ts';
import { formatDate, formatNumber, todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCan, useScope } from '../../../lib/session.ts';
import { useEditForm, useFormProblem } from '../../../lib/use-form-problem.ts';
import { useCreateVacancy, useUpdateVacancy, useVacancy } from '../api/vacancies.ts';
import { formatWage } from '../../../lib/amounts.ts';
import { VacancyForm, vacancyBody, vacancyValuesOf } from './vacancy-form.tsx';

/** The minimum-wage warning (and any other) the server computed for the vacancy. */
export function VacancyWarnings({ vacancy }: { vacancy: Pick<Vacancy, 'warnings'> }) {
  if (vacancy.warnings.length === 0) return null;
  return (
    <Banner tone="warning" role="status">
      {vacancy.warnings.map((warning) => <p key={warning.code}>{warning.message}</p>)}
    </Banner>
  );
}

/** `/vacancies/new?employerId=`: the form; saving opens the new vacancy's page. */
export function NewVacancy() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { employerId?: unknown };
  const employerId = typeof search.employerId === 'string' ? search.employerId : null;
  const create = useCreateVacancy();
  const form = useFormProblem();
  const scope = useScope('employer.manage');
  const organisationId = scope !== 'all' && scope.length === 1 ? scope[0]! : null;
  return (
    <>
      <PageHeader title={t('employers.vacancy.new')} />
      <p className="breadcrumb"><Link to="/vacancies">{t('employers.vacancy.backToList')}</Link></p>
      <VacancyForm
        form="vacancy-new"
        mode="create"
        organisationId={organisationId}
        initial={vacancyValuesOf(undefined, language, { employerId, today: todayIso() })}
        submitLabel={t('employers.vacancy.create')}
        problem={form.problem}
        attempt={form.attempt}
        isPending={create.isPending}
        onInvalid={form.invalid}
        onSubmit={(values) => {
          form.submitted();
          create.mutate(vacancyBody(values, t).body, {
            onSuccess: (vacancy) => {
              announce(t('employers.vacancy.created', { title: vacancy.title }), { forNextPage: true });
              void navigate({ to: '/vacancies/$id', params: { id: vacancy.id } });
            },
            onError: form.failed,
          });
        }}
      />
    </>
  );
}

const NEXT_STATUSES: Record<VacancyStatus, VacancyStatus[]> = {
  draft: ['open', 'closed'],
  open: ['filled', 'closed'],
  filled: ['open', 'closed'],
  closed: ['open'],
};

/**
 * A vacancy's page: details, the minimum-wage warning, status buttons, edit. The page that
 * shows it adds the people who match (`matches`), since features do not import each other.
 */
export function VacancyDetails({ id, matches }: { id: string; matches?: (vacancy: { id: string; organisationId: string; status: string }) => ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const vacancy = useVacancy(id);
  const update = useUpdateVacancy(id);
  const status = useUpdateVacancy(id);
  const form = useEditForm(vacancy.refetch);
  const canManage = useCan('employer.manage', vacancy.data?.organisationId ?? null);

  if (!vacancy.data) {
    return (
      <>
        <PageHeader title={t('employers.vacancy.title')} />
        <QueryState isPending={vacancy.isPending} error={vacancy.error} />
      </>
    );
  }
  const v = vacancy.data;
  const list = (items: string[], key: string) => items.map((item) => t(`${key}.${item}`, { defaultValue: item })).join(', ') || '—';
  const place = [municipalityByCode(v.municipalityCode)?.name ?? v.municipalityCode, v.eldership, v.address].filter(Boolean).join(', ');

  return (
    <>
      <PageHeader title={v.title} />
      <p className="breadcrumb"><Link to="/vacancies">{t('employers.vacancy.backToList')}</Link></p>
      <VacancyWarnings vacancy={v} />
      <dl className="facts">
        <div><dt>{t('employers.vacancy.fields.employerId')}</dt><dd><Link to="/employers/$id" params={{ id: v.employerId }}>{v.employerName}</Link></dd></div>
        <div><dt>{t('employers.vacancy.fields.iscoCode')}</dt><dd>{v.iscoCode} {v.occupationName}</dd></div>
        <div><dt>{t('employers.vacancy.fields.status')}</dt><dd>{t(`employers.vacancy.statuses.${v.status}`)}</dd></div>
        <div><dt>{t('employers.vacancy.place')}</dt><dd>{place}</dd></div>
        <div><dt>{t('employers.vacancy.fields.hours')}</dt><dd>{t(`employers.vacancy.hoursKinds.${v.hours}`)}{v.hoursPerWeek !== null ? `, ${t('employers.vacancy.perWeek', { hours: formatNumber(v.hoursPerWeek, language) })}` : ''}</dd></div>
        <div><dt>{t('employers.vacancy.wage')}</dt><dd>{formatWage(v.wageMinCents, v.wageMaxCents, language) ?? '—'}</dd></div>
        <div><dt>{t('employers.vacancy.fields.positions')}</dt><dd>{formatNumber(v.positions, language)}</dd></div>
        <div><dt>{t('employers.vacancy.fields.opensOn')}</dt><dd>{formatDate(v.opensOn, language)}</dd></div>
        <div><dt>{t('employers.vacancy.fields.closesOn')}</dt><dd>{v.closesOn ? formatDate(v.closesOn, language) : '—'}</dd></div>
        <div><dt>{t('employers.vacancy.fields.skills')}</dt><dd>{v.skills.join(', ') || '—'}</dd></div>
        <div><dt>{t('employers.vacancy.fields.languages')}</dt><dd>{list(v.languages, 'employers.vacancy.languageNames')}</dd></div>
        <div><dt>{t('employers.vacancy.fields.drivingLicenceRequired')}</dt><dd>{v.drivingLicenceRequired ? t('employers.yes') : t('employers.no')}</dd></div>
        <div><dt>{t('employers.vacancy.fields.adaptations')}</dt><dd>{list(v.adaptations, 'employers.vacancy.adaptations')}</dd></div>
        <div><dt>{t('employers.vacancy.fields.source')}</dt><dd>{t(`employers.vacancy.sources.${v.source}`)}</dd></div>
        {v.description ? <div><dt>{t('employers.vacancy.fields.description')}</dt><dd className="contact-notes">{v.description}</dd></div> : null}
      </dl>

      {canManage ? (
        <div className="inline-actions" role="group" aria-label={t('employers.vacancy.changeStatus')}>
          {NEXT_STATUSES[v.status].map((next) => (
            <Button
              key={next} variant="secondary" isDisabled={status.isPending}
              onPress={() => status.mutate({ version: v.version, status: next }, {
                onSuccess: () => announce(t('employers.vacancy.statusChanged', { status: t(`employers.vacancy.statuses.${next}`) })),
                onError: (error) => announce(error instanceof Error && error.message ? error.message : t('errors.generic')),
              })}
            >
              {t(`employers.vacancy.statusActions.${next}`)}
            </Button>
          ))}
        </div>
      ) : null}
      {status.error ? <QueryState isPending={false} error={status.error} /> : null}

      {matches ? matches(v) : null}

      {canManage ? (
        <Panel id="vacancy-edit" title={t('employers.vacancy.edit')}>
          <RecordChanged problem={form.problem} onReload={form.reload} />
          <VacancyForm
            key={`${form.key}-${v.version}`}
            form="vacancy-edit"
            mode="edit"
            organisationId={v.organisationId}
            initial={vacancyValuesOf(v, language, { today: todayIso() })}
            submitLabel={t('form.save')}
            problem={form.problem}
            attempt={form.attempt}
            isPending={update.isPending}
            onInvalid={form.invalid}
            onSubmit={(values) => {
              form.submitted();
              const { employerId: _employer, status: _status, ...body } = vacancyBody(values, t).body;
              update.mutate({ ...body, version: v.version }, { onSuccess: form.saved, onError: form.failed });
            }}
          />
        </Panel>
      ) : null}
    </>
  );
}
