import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../../../tests/api.ts';

describe('a running Kelias process', () => {
  it('logs no personal data, and on SIGTERM finishes the requests in flight, then exits cleanly', async () => {
    const config = await testConfig();
    const child = spawn(process.execPath, ['src/server/main.ts'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', KELIAS_DATA_DIR: 'memory://', DATABASE_URL: config.databaseUrl ?? '', KELIAS_DEMO: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start: ${output}`)), 30_000);
      child.stdout.on('data', () => {
        const match = /Kelias is running: (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!.replace('localhost', '127.0.0.1'));
        }
      });
    });

    // Sign-ins are slow on purpose (argon2id), so these are still running when the signal comes.
    const inFlight = Array.from({ length: 8 }, (_, i) =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `nobody${i}@x.lt`, password: 'whatever-it-is' }),
      }).then((r) => r.status),
    );
    const search = await fetch(`${url}/api/users?q=Jonaitienė`, { headers: { cookie: 'kelias_session=secret-token-value' } });
    expect(search.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 30));
    child.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);
    const [code] = await once(child, 'exit');

    expect(statuses, output).toEqual(Array(8).fill(401));
    expect(code, output).toBe(0);
    expect(output).toContain('finishing requests in flight');
    // Logs say what happened, never to whom: no e-mails, passwords, search terms or cookies.
    expect(output).toContain('"path":"/api/users"');
    for (const secret of ['nobody0@x.lt', 'whatever-it-is', 'Jonaitien', 'secret-token-value']) expect(output).not.toContain(secret);
  });
});
