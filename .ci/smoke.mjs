// Starts the built server (node server/dist/main.js) on a fresh embedded
// database, waits for it, signs in, reads data, and stops it. Exits non-zero on
// any failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'smoke-'));
const port = 40000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['server/dist/main.js'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function gql(query, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

try {
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      // Ready: the database answers and every migration is applied.
      if ((await fetch(`${base}/ready`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() - started > 90_000) throw new Error('server did not become ready in 90 s');
    await new Promise((r) => setTimeout(r, 300));
  }
  const login = await gql('mutation { login(username: "admin", password: "Chengxin@2026") { token } }');
  const data = await gql('{ units(limit: 1) { total } people(limit: 1) { total } }', login.login.token);
  if (data.units.total < 30 || data.people.total < 100) throw new Error(`demo county too small: ${JSON.stringify(data)}`);
  const page = await fetch(`${base}/`);
  const consoleServed = page.ok && (await page.text()).includes('<div id="root"');
  console.log(`smoke: built server ready in ${Date.now() - started} ms; ${data.units.total} units, ${data.people.total} people; console served: ${consoleServed}`);
} catch (e) {
  console.error(`smoke failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  // A graceful stop on SIGTERM is part of what is checked.
  const exited = new Promise((r) => server.once('exit', () => r(true)));
  server.kill('SIGTERM');
  const stopped = await Promise.race([exited, new Promise((r) => setTimeout(() => r(false), 15_000))]);
  if (!stopped) {
    console.error('smoke failed: the server did not stop within 15 s of SIGTERM');
    server.kill('SIGKILL');
    process.exitCode = 1;
  } else if (server.exitCode !== 0) {
    console.error(`smoke failed: the server exited with ${server.exitCode} on SIGTERM`);
    process.exitCode = 1;
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
