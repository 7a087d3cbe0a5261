// A real nginx (Debian's package) for the deploy tests: started by the test itself as a
// foreground process on 127.0.0.1 and a free port, with its own prefix, pid, log and temp
// folders, serving deploy/nginx.conf with only `listen` and `root` changed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import path from 'node:path';

const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];

export function nginxPath(): string | undefined {
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const noNginxReason = 'nginx not found (install Debian\'s package: apt-get install -y nginx); the nginx deploy tests are skipped.';

/** deploy/nginx.conf made to listen on 127.0.0.1:port and serve `root`. */
export function localServerBlock(conf: string, port: number, root: string): string {
  return conf
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Nginx {
  origin: string;
  stop(): Promise<void>;
}

export async function startNginx(prefix: string, serverBlock: (port: number) => string): Promise<Nginx> {
  const binary = nginxPath();
  if (!binary) throw new Error(noNginxReason);
  mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
  const port = await freePort();
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'tmp', name)};`;
  writeFileSync(path.join(prefix, 'luoshi.conf'), serverBlock(port));
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      // As root (CI), the workers would otherwise run as nobody and could not read a mkdtemp folder.
      `user ${userInfo().username};`,
      'worker_processes 1;',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      `error_log ${path.join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((n) => '  ' + temp(n)),
      `  include ${path.join(prefix, 'luoshi.conf')};`,
      '}',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => (existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '');
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${log()}`);
    try {
      await fetch(origin + '/', { method: 'HEAD' });
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${origin}:\n${log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    origin,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** src/public/_headers as { '/*': { 'Content-Security-Policy': '…', … }, '/embed/*': { … } }. */
export function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) out[line.trim()] = current = {};
    else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return out;
}
