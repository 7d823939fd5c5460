import { useState, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../../contracts/appointments.ts';
import { Button } from '../../../components/ui/button.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { SelectField } from '../../../components/ui/select-field.tsx';
import { todayIso } from '../../../lib/format.ts';
import { useLanguage } from '../../../lib/i18n.ts';
import { useCentreOptions } from '../../../lib/lookups.ts';
import { addDays, dateInVilnius, datesBetween, formatDayHeading, formatSpan, mondayOf, timeInVilnius } from '../../../lib/vilnius-time.ts';
import { useCalendar, useSpecialists, type CalendarWhose } from '../api/calendar.ts';

// The calendar as lists, not a canvas: a heading per day and the appointments under it in
// time order, so it reads the same to a screen reader, a keyboard and a phone. A week
// starts on Monday; times are Lithuanian, 24-hour. The mobile team's visits are grouped
// by village instead. What one may record on an appointment comes from the page
// (`renderStatus`), which composes it from the case feature.

type Mode = CalendarWhose['kind'];
type View = 'week' | 'day';

interface CalendarViewProps {
  /** The status of an appointment and the actions on it. */
  renderStatus: (appointment: Appointment) => ReactNode;
}

export function CalendarView({ renderStatus }: CalendarViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayIso();
  const [mode, setMode] = useState<Mode>('mine');
  const [centreId, setCentreId] = useState('');
  const [specialistId, setSpecialistId] = useState('');
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(today);
  const centres = useCentreOptions(undefined, mode === 'centre');
  const specialists = useSpecialists(mode === 'specialist');

  const from = view === 'week' ? mondayOf(anchor) : anchor;
  const to = view === 'week' ? addDays(from, 6) : anchor;
  const whose: CalendarWhose = mode === 'centre' ? { kind: 'centre', centreId } : mode === 'specialist' ? { kind: 'specialist', specialistId } : { kind: mode };
  const chosen = mode === 'centre' ? Boolean(centreId) : mode === 'specialist' ? Boolean(specialistId) : true;
  const calendar = useCalendar(whose, from, to, chosen);
  const step = view === 'week' ? 7 : 1;
  const people = [...new Map((specialists.data ?? []).map((s) => [s.id, s])).values()];

  return (
    <section className="calendar" aria-labelledby="calendar-span">
      <div className="calendar-controls">
        <SelectField
          id="calendar-whose" label={t('calendar.whose')} value={mode} onChange={(value) => setMode(value as Mode)}
          options={(['mine', 'centre', 'specialist', 'mobile'] as const).map((m) => ({ value: m, label: t(`calendar.modes.${m}`) }))}
        />
        {mode === 'centre' ? (
          <SelectField id="calendar-centre" label={t('calendar.centre')} value={centreId} onChange={setCentreId} emptyLabel={t('form.choose')}
            options={(centres.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        ) : null}
        {mode === 'specialist' ? (
          <SelectField id="calendar-specialist" label={t('calendar.specialist')} value={specialistId} onChange={setSpecialistId} emptyLabel={t('form.choose')}
            options={people.map((s) => ({ value: s.id, label: s.name }))} />
        ) : null}
      </div>
      <div className="calendar-nav">
        <div role="group" aria-label={t('calendar.view')} className="inline-actions">
          {(['week', 'day'] as const).map((v) => (
            <Button key={v} variant={view === v ? 'primary' : 'secondary'} aria-pressed={view === v} onPress={() => setView(v)}>{t(`calendar.views.${v}`)}</Button>
          ))}
        </div>
        <div role="group" aria-label={t('calendar.move')} className="inline-actions">
          <Button variant="secondary" onPress={() => setAnchor(addDays(anchor, -step))}>{t(`calendar.previous.${view}`)}</Button>
          <Button variant="secondary" isDisabled={from <= today && today <= to} onPress={() => setAnchor(today)}>{t('calendar.today')}</Button>
          <Button variant="secondary" onPress={() => setAnchor(addDays(anchor, step))}>{t(`calendar.next.${view}`)}</Button>
        </div>
      </div>
      <h2 id="calendar-span" aria-live="polite">{formatSpan(from, to, language)}</h2>
      {!chosen ? <p>{t(mode === 'centre' ? 'calendar.chooseCentre' : 'calendar.chooseSpecialist')}</p> : null}
      {chosen ? <QueryState isPending={calendar.isPending} error={calendar.error} /> : null}
      {chosen && calendar.data ? (
        <>
          {calendar.data.truncated ? <p className="banner banner-warning">{t('calendar.truncated')}</p> : null}
          {mode === 'mobile'
            ? <ByVillage items={calendar.data.items} renderStatus={renderStatus} />
            : <ByDay dates={datesBetween(from, to)} today={today} items={calendar.data.items} showSpecialist={mode !== 'mine' && mode !== 'specialist'} renderStatus={renderStatus} />}
        </>
      ) : null}
    </section>
  );
}

function ByDay({ dates, today, items, showSpecialist, renderStatus }: { dates: string[]; today: string; items: Appointment[]; showSpecialist: boolean } & CalendarViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="calendar-days">
      {dates.map((date) => {
        const onDay = items.filter((a) => dateInVilnius(a.startsAt) === date);
        return (
          <li key={date} className={date === today ? 'calendar-day is-today' : 'calendar-day'} aria-current={date === today ? 'date' : undefined}>
            <h3>{formatDayHeading(date, language)}{date === today ? ` (${t('calendar.todayMark')})` : ''}</h3>
            {onDay.length === 0 ? <p className="muted">{t('calendar.free')}</p> : (
              <ul className="calendar-items">
                {onDay.map((a) => <Item key={a.id} appointment={a} showSpecialist={showSpecialist} renderStatus={renderStatus} />)}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The mobile team's schedule: each village with its visits in time order. */
function ByVillage({ items, renderStatus }: { items: Appointment[] } & CalendarViewProps) {
  const { t } = useTranslation();
  const villages = [...new Set(items.map((a) => a.village))].sort((a, b) => a.localeCompare(b, 'lt'));
  if (villages.length === 0) return <p>{t('calendar.noVisits')}</p>;
  return (
    <ol className="calendar-days">
      {villages.map((village) => (
        <li key={village} className="calendar-day">
          <h3>{village || t('calendar.noVillage')}</h3>
          <ul className="calendar-items with-date">
            {items.filter((a) => a.village === village).map((a) => <Item key={a.id} appointment={a} withDate showSpecialist renderStatus={renderStatus} />)}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Item({ appointment: a, withDate = false, showSpecialist, renderStatus }: { appointment: Appointment; withDate?: boolean; showSpecialist: boolean } & CalendarViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const who = a.busy
    ? <span>{t('calendar.busy')}</span>
    : a.participantName && a.caseId
      ? <Link to="/cases/$id" params={{ id: a.caseId }}>{a.participantName}</Link>
      : <span>{a.participantName ?? (a.purpose || t('calendar.noParticipant'))}</span>;
  const place = [t(`servicePlaces.${a.place}`), a.centreName, a.place === 'mobile_team' ? '' : a.village].filter(Boolean).join(', ');
  return (
    <li className={a.status === 'cancelled' ? 'calendar-item is-cancelled' : 'calendar-item'}>
      <p className="calendar-time">
        {withDate ? <>{formatDayHeading(dateInVilnius(a.startsAt), language)}, </> : null}
        <time dateTime={a.startsAt}>{timeInVilnius(a.startsAt)}</time>–<time dateTime={a.endsAt}>{timeInVilnius(a.endsAt)}</time>
      </p>
      <div className="calendar-details">
        <p className="calendar-who">{who}</p>
        <p>
          {place}
          {showSpecialist ? <> · {a.specialistName}</> : null}
          {!a.busy && a.purpose && a.participantName ? <> · {a.purpose}</> : null}
        </p>
        <div>{renderStatus(a)}</div>
      </div>
    </li>
  );
}
