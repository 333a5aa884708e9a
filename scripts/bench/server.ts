/** Builds the app and serves a built directory with `vite preview`, as `npm start` would. */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));

export type Server = { url: string; stop: () => Promise<void> };

/** `npm run build`, bounded: a build that hangs must not hang the benchmark. */
export function buildApp(): void {
  console.log('Building the app (npm run build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 300_000,
  });
  if (result.status !== 0) {
    throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

/** A port nothing listens on now (the OS picks it), so parallel runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function waitUntilUp(url: string, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit) throw new Error(`vite preview exited before serving ${url}: ${exit}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`vite preview did not answer at ${url} within 30 s`);
}

/** Serves `dir` on 127.0.0.1. The child is node itself, so killing it stops the server. */
export async function serve(dir: string): Promise<Server> {
  const port = await freePort();
  const args = [VITE, 'preview', '--outDir', dir, '--port', String(port), '--strictPort'];
  const child = spawn(process.execPath, [...args, '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let exit: string | null = null;
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  child.on('exit', (code, signal) => (exit = `${signal ?? `exit ${code}`} ${stderr.trim()}`));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (exit !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
  };
  try {
    await waitUntilUp(url, () => exit);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
