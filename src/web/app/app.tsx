import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { setUnauthorizedHandler } from '../lib/api-client.ts';
import { meQuery } from '../lib/session.ts';
import { queryClient } from './providers.tsx';
import { router } from './router.tsx';

// A session that ended on the server sends the user to sign in, and back afterwards.
setUnauthorizedHandler(() => {
  queryClient.setQueryData(meQuery.queryKey, null);
  const here = router.state.location;
  if (here.pathname === '/login') return;
  void router.navigate({ to: '/login', search: { redirect: here.href } });
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
