import { useParams } from '@tanstack/react-router';
import { UserDetails } from '../../features/users/components/user-details.tsx';

export function UserPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  return <UserDetails id={id} />;
}
