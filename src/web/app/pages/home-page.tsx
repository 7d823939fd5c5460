import { HomeDashboard } from '../../features/home/components/home-dashboard.tsx';

export function HomePage() {
  return <HomeDashboard />;
}
