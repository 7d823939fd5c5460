// Paths the web app answers. The server sends the app with 200 for these and with
// 404 for anything else, where the app shows its own not-found page.
export const WEB_ROUTES = [
  '/',
  '/login',
  '/account',
  '/organisations',
  '/organisations/:id',
  '/centres',
  '/centres/:id',
  '/users',
  '/users/:id',
  '/participants',
  '/participants/import',
  '/participants/:id',
  '/programmes',
  '/programmes/:id',
  '/cases',
  '/cases/:id',
  '/calendar',
  '/services/group',
  '/cases/:id/assessments/:assessmentId',
  '/cases/:id/supported-employment',
  '/placements/:id',
  '/tasks',
  '/coach',
  '/audit',
  '/employers',
  '/employers/:id',
  '/vacancies',
  '/vacancies/new',
  '/vacancies/:id',
] as const;

export function isWebRoute(pathname: string): boolean {
  return WEB_ROUTES.some((route) => {
    const pattern = new RegExp(`^${route.replace(/:[a-zA-Z]+/g, '[^/]+')}/?$`);
    return pattern.test(pathname);
  });
}
