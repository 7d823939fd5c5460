import { useParams } from '@tanstack/react-router';
import { PlacementPageView } from '../../features/placements/components/placement-page.tsx';

export function PlacementPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <PlacementPageView id={id} />;
}
