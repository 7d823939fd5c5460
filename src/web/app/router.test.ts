import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEB_ROUTES } from '../../contracts/web-routes.ts';

// The server answers 200 only for WEB_ROUTES; the app must know exactly those paths.
describe('route tree', () => {
  it('has exactly the paths of WEB_ROUTES', () => {
    const source = readFileSync(new URL('./router.tsx', import.meta.url), 'utf8');
    const pages = [...source.matchAll(/page\('([^']+)'/g)].map((m) => m[1]!);
    const others = [...source.matchAll(/path: '([^']+)'/g)].map((m) => m[1]!);
    const appPaths = [...pages, ...others].map((p) => p.replace(/\$(\w+)/g, ':$1')).sort();
    expect(appPaths).toEqual([...WEB_ROUTES].sort());
  });
});
