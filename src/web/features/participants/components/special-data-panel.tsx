import { useTranslation } from 'react-i18next';
import { Panel } from '../../../components/ui/panel.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useSpecialData } from '../api/participants.ts';

// Special-category data (GDPR art. 9), read on its own request and only by roles
// granted it; every read is audited, so it is read when the profile opens and not again.
export function SpecialDataPanel({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const special = useSpecialData(participantId, true);
  const answer = (value: string) => t(`special.answers.${value}`);
  const s = special.data;
  return (
    <Panel id="special" title={t('special.title')}>
      <p className="field-description">{t('special.intro')}</p>
      <QueryState isPending={special.isPending} error={special.error} />
      {s ? (
        <dl className="facts">
          <div><dt>{t('special.disability')}</dt><dd>{answer(s.disability)}</dd></div>
          <div><dt>{t('special.minority')}</dt><dd>{answer(s.minority)}{s.minorityGroup ? ` (${s.minorityGroup})` : ''}</dd></div>
          <div><dt>{t('special.migrantStatus')}</dt><dd>{t(`special.migrant.${s.migrantStatus}`)}</dd></div>
          <div><dt>{t('special.healthLimits')}</dt><dd>{answer(s.healthLimits)}</dd></div>
          {s.healthNotes ? <div><dt>{t('special.healthNotes')}</dt><dd className="pre-line">{s.healthNotes}</dd></div> : null}
          <div>
            <dt>{t('special.legalBasis')}</dt>
            <dd>{s.legalBasis ? t('special.basisGiven', { basis: t(`consents.legalBases.${s.legalBasis.legalBasis}`), date: formatDate(s.legalBasis.givenOn, language) }) : t('special.noBasis')}</dd>
          </div>
        </dl>
      ) : null}
    </Panel>
  );
}
