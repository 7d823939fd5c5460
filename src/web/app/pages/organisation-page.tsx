import { useParams } from '@tanstack/react-router';
import { OrganisationDetails } from '../../features/organisations/components/organisation-details.tsx';
import { OrganisationCentres } from '../../features/centres/components/organisation-centres.tsx';
import { useCan } from '../../lib/session.ts';

export function OrganisationPage() {
  const { id } = useParams({ strict: false }) as { id: string };
  const mayReadCentres = useCan('centre.read');
  return (
    <>
      <OrganisationDetails id={id} />
      {mayReadCentres ? <OrganisationCentres organisationId={id} /> : null}
    </>
  );
}
