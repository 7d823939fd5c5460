import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadReminders } from '../api/tasks.ts';

/**
 * "Priminimai (3)" in the header: the unread reminders of open tasks, a link to them on
 * "My tasks". The number is in the link's text, so it is read out with the link's name.
 */
export function RemindersLink({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const unread = useUnreadReminders(signedIn).data?.unread ?? 0;
  if (!signedIn) return null;
  return (
    <Link to="/tasks" hash="reminders" className={unread > 0 ? 'reminders-link has-unread' : 'reminders-link'}>
      {unread > 0 ? t('tasks.reminders.linkWithCount', { count: unread }) : t('tasks.reminders.link')}
    </Link>
  );
}
