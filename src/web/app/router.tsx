import { Outlet, createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { meQuery } from '../lib/session.ts';
import { queryClient } from './providers.tsx';
import { Shell } from './shell.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { AccountPage } from './pages/account-page.tsx';
import { OrganisationsPage } from './pages/organisations-page.tsx';
import { OrganisationPage } from './pages/organisation-page.tsx';
import { CentresPage } from './pages/centres-page.tsx';
import { CentrePage } from './pages/centre-page.tsx';
import { UsersPage } from './pages/users-page.tsx';
import { UserPage } from './pages/user-page.tsx';
import { AuditPage } from './pages/audit-page.tsx';

// The route tree mirrors WEB_ROUTES in src/contracts/web-routes.ts one to one
// (router.test.ts checks it): the server answers 404 for anything else.

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Shell,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ to: '/' });
  },
  component: LoginPage,
});

const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: Outlet,
});

const page = <P extends string>(path: P, component: () => ReactNode) =>
  createRoute({ getParentRoute: () => signedInRoute, path, component });

export const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([
    page('/', HomePage),
    page('/account', AccountPage),
    page('/organisations', OrganisationsPage),
    page('/organisations/$id', OrganisationPage),
    page('/centres', CentresPage),
    page('/centres/$id', CentrePage),
    page('/users', UsersPage),
    page('/users/$id', UserPage),
    page('/audit', AuditPage),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: false,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
