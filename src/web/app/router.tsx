import {
  Outlet, createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect, type RouteComponent,
} from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { meQuery } from '../lib/session.ts';
import { queryClient } from './providers.tsx';
import { Shell } from './shell.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';

// The route tree mirrors WEB_ROUTES in src/contracts/web-routes.ts one to one
// (router.test.ts checks it): the server answers 404 for anything else.
// Each page is its own chunk, loaded when the route is first visited; the shell and
// the not-found page come with the first download.

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
  component: lazyRouteComponent(() => import('./pages/login-page.tsx'), 'LoginPage'),
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

const page = <P extends string>(path: P, component: RouteComponent) =>
  createRoute({ getParentRoute: () => signedInRoute, path, component });

export const routeTree = rootRoute.addChildren([
  loginRoute,
  signedInRoute.addChildren([
    page('/', lazyRouteComponent(() => import('./pages/home-page.tsx'), 'HomePage')),
    page('/account', lazyRouteComponent(() => import('./pages/account-page.tsx'), 'AccountPage')),
    page('/organisations', lazyRouteComponent(() => import('./pages/organisations-page.tsx'), 'OrganisationsPage')),
    page('/organisations/$id', lazyRouteComponent(() => import('./pages/organisation-page.tsx'), 'OrganisationPage')),
    page('/centres', lazyRouteComponent(() => import('./pages/centres-page.tsx'), 'CentresPage')),
    page('/centres/$id', lazyRouteComponent(() => import('./pages/centre-page.tsx'), 'CentrePage')),
    page('/users', lazyRouteComponent(() => import('./pages/users-page.tsx'), 'UsersPage')),
    page('/users/$id', lazyRouteComponent(() => import('./pages/user-page.tsx'), 'UserPage')),
    page('/participants', lazyRouteComponent(() => import('./pages/participants-page.tsx'), 'ParticipantsPage')),
    page('/participants/import', lazyRouteComponent(() => import('./pages/participant-import-page.tsx'), 'ParticipantImportPage')),
    page('/participants/$id', lazyRouteComponent(() => import('./pages/participant-page.tsx'), 'ParticipantPage')),
    page('/programmes', lazyRouteComponent(() => import('./pages/programmes-page.tsx'), 'ProgrammesPage')),
    page('/programmes/$id', lazyRouteComponent(() => import('./pages/programme-page.tsx'), 'ProgrammePage')),
    page('/cases', lazyRouteComponent(() => import('./pages/caseload-page.tsx'), 'CaseloadPage')),
    page('/cases/$id', lazyRouteComponent(() => import('./pages/case-page.tsx'), 'CasePage')),
    page('/cases/$id/assessments/$assessmentId', lazyRouteComponent(() => import('./pages/assessment-page.tsx'), 'AssessmentPage')),
    page('/cases/$id/supported-employment', lazyRouteComponent(() => import('./pages/supported-employment-page.tsx'), 'SupportedEmploymentPage')),
    page('/placements/$id', lazyRouteComponent(() => import('./pages/placement-page.tsx'), 'PlacementPage')),
    page('/calendar', lazyRouteComponent(() => import('./pages/calendar-page.tsx'), 'CalendarPage')),
    page('/services/group', lazyRouteComponent(() => import('./pages/group-session-page.tsx'), 'GroupSessionPage')),
    page('/tasks', lazyRouteComponent(() => import('./pages/tasks-page.tsx'), 'TasksPage')),
    page('/coach', lazyRouteComponent(() => import('./pages/coach-page.tsx'), 'CoachPage')),
    page('/audit', lazyRouteComponent(() => import('./pages/audit-page.tsx'), 'AuditPage')),
    page('/employers', lazyRouteComponent(() => import('./pages/employers-page.tsx'), 'EmployersPage')),
    page('/employers/$id', lazyRouteComponent(() => import('./pages/employer-page.tsx'), 'EmployerPage')),
    page('/vacancies', lazyRouteComponent(() => import('./pages/vacancies-page.tsx'), 'VacanciesPage')),
    page('/vacancies/new', lazyRouteComponent(() => import('./pages/vacancy-new-page.tsx'), 'VacancyNewPage')),
    page('/vacancies/$id', lazyRouteComponent(() => import('./pages/vacancy-page.tsx'), 'VacancyPage')),
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
