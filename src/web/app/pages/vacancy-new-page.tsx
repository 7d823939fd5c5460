import { NewVacancy } from '../../features/employers/components/vacancy-page.tsx';

export function VacancyNewPage() {
  return <NewVacancy />;
}
