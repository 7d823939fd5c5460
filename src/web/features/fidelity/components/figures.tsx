import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FidelityAnchor, FidelityFigures, FidelityVerdict } from '../../../../contracts/fidelity.ts';
import type { Language } from '../../../../contracts/roles.ts';
import { FilterForm } from '../../../components/ui/filter-form.tsx';
import { TextField } from '../../../components/ui/text-field.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import type { PeriodFilter } from '../api/fidelity.ts';

// How the fidelity figures read (decision 0033): a number in Lithuanian style ("4,5",
// "67 %"), what it is judged against, and the verdict in words — never in colour alone.

const locales: Record<Language, string> = { lt: 'lt-LT', en: 'en-GB' };

/** A share 0–1 as a whole percentage: "67 %" in Lithuanian, "67%" in English. */
export function formatShare(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** Up to one decimal: "4,5", "13,5", "0,7". */
export function formatDecimal(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
}

export function formatEuro(cents: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

export type FigureKind = 'caseload' | 'contactsPerWeek' | 'medianDays' | 'shareWithin30Days' | 'competitive';

/** The figure's value as shown; a dash when there is nothing to count. */
export function figureValue(kind: FigureKind, value: number | null, language: Language): string {
  if (value === null) return '—';
  if (kind === 'shareWithin30Days' || kind === 'competitive') return formatShare(value, language);
  return formatDecimal(value, language);
}

export function useFigureWords() {
  const { t } = useTranslation();
  const language = useLanguage();
  return {
    verdict: (verdict: FidelityVerdict) => t(`fidelity.verdicts.${verdict}`),
    /** "Anchor: at most 20", "Anchor: at least 6 (unverified)". */
    anchor: (kind: FigureKind, anchor: FidelityAnchor) => {
      const value = figureValue(kind, anchor.value, language);
      const text = t(anchor.comparison === 'at_most' ? 'fidelity.anchorAtMost' : 'fidelity.anchorAtLeast', { value });
      return anchor.verified ? text : `${text} ${t('fidelity.unverified')}`;
    },
  };
}

interface CardProps {
  kind: FigureKind;
  label: string;
  figure: { value: number | null; anchor: FidelityAnchor; verdict: FidelityVerdict };
  detail: string;
}

function FigureCard({ kind, label, figure, detail }: CardProps) {
  const language = useLanguage();
  const words = useFigureWords();
  return (
    <li className={`card-static fidelity-card fidelity-${figure.verdict}`}>
      <span className="card-label">{label}</span>
      <span className="card-value">{figureValue(kind, figure.value, language)}</span>
      <span className="fidelity-verdict">{words.verdict(figure.verdict)}</span>
      <span className="muted">{words.anchor(kind, figure.anchor)}</span>
      <span className="muted">{detail}</span>
    </li>
  );
}

/** The five figures of one job coach as cards, each with its anchor and verdict in words. */
export function FigureCards({ figures }: { figures: FidelityFigures }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  const { caseload, contactsPerWeek, firstContact, competitive } = figures;
  return (
    <ul className="cards fidelity-cards">
      <FigureCard kind="caseload" label={t('fidelity.caseload')} figure={caseload} detail={t('fidelity.caseloadDetail')} />
      <FigureCard
        kind="contactsPerWeek" label={t('fidelity.contactsPerWeek')} figure={contactsPerWeek}
        detail={t('fidelity.contactsDetail', { contacts: n(contactsPerWeek.contacts), weeks: formatDecimal(contactsPerWeek.weeks, language) })}
      />
      <FigureCard
        kind="medianDays" label={t('fidelity.medianDays')} figure={firstContact.medianDays}
        detail={t('fidelity.medianDetail', { contacted: n(firstContact.contacted), participants: n(firstContact.participants) })}
      />
      <FigureCard
        kind="shareWithin30Days" label={t('fidelity.shareWithin30Days')} figure={firstContact.shareWithin30Days}
        detail={`${t('fidelity.withinDetail', { within: n(firstContact.shareWithin30Days.within), decided: n(firstContact.shareWithin30Days.decided) })} ${notYetText(t, firstContact.notYet, language)}`}
      />
      <FigureCard
        kind="competitive" label={t('fidelity.competitiveShare')} figure={competitive}
        detail={t('fidelity.competitiveDetail', { competitive: n(competitive.competitive), placements: n(competitive.placements) })}
      />
    </ul>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** "Without an employer contact yet: 2 (over 30 days: 1; longest 45 days)."; in a table cell just "2 (over 30 days: …)" or "0". */
export function notYetText(t: T, notYet: FidelityFigures['firstContact']['notYet'], language: Language, short = false): string {
  if (notYet.count === 0) return short ? formatNumber(0, language) : t('fidelity.notYetNone');
  return t(short ? 'fidelity.notYetCell' : 'fidelity.notYetSome', {
    count: formatNumber(notYet.count, language), overdue: formatNumber(notYet.overdue, language), longest: formatNumber(notYet.longestDays ?? 0, language),
  });
}

/** What counts, said once under the figures. */
export function FigureNotes({ minimumWageCents, days, weeks }: { minimumWageCents: number; days: number; weeks: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <details className="fidelity-notes">
      <summary>{t('fidelity.notes.title')}</summary>
      <ul>
        <li>{t('fidelity.notes.caseload')}</li>
        <li>{t('fidelity.notes.contacts', { days: formatNumber(days, language), weeks: formatDecimal(weeks, language) })}</li>
        <li>{t('fidelity.notes.firstContact')}</li>
        <li>{t('fidelity.notes.competitive', { wage: formatEuro(minimumWageCents, language) })}</li>
        <li>{t('fidelity.notes.unverified')}</li>
      </ul>
    </details>
  );
}

/** "2026-08-31 – 2026-11-22 (84 days, 12 weeks)". */
export function periodText(t: T, period: { from: string; to: string; days: number; weeks: number }, language: Language): string {
  return t('fidelity.periodShown', {
    from: formatDate(period.from, language), to: formatDate(period.to, language),
    days: formatNumber(period.days, language), weeks: formatDecimal(period.weeks, language),
  });
}

/** The period's two dates; empty means the 12 weeks ending today. Field errors come from the server. */
export function PeriodForm({ id, onApply, error }: { id: string; onApply: (period: PeriodFilter) => void; error: unknown }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PeriodFilter>({ from: '', to: '' });
  const fields: Record<string, string> = error instanceof ApiError ? Object.fromEntries(error.fields.map((f) => [f.field, f.message])) : {};
  return (
    <>
      <p className="muted">{t('fidelity.periodHint')}</p>
      <FilterForm onApply={() => onApply(draft)}>
        <TextField id={`${id}-from`} type="date" label={t('fidelity.from')} value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={fields.from} />
        <TextField id={`${id}-to`} type="date" label={t('fidelity.to')} value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={fields.to} />
      </FilterForm>
    </>
  );
}
