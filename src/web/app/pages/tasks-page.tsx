import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { MyTasks, RemindersPanel } from '../../features/cases/components/my-tasks.tsx';

export function TasksPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('tasks.pageTitle')} />
      <RemindersPanel />
      <MyTasks />
    </>
  );
}
