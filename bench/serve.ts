/**
 * `npm run bench:serve [-- --duration 10]` (after `npm run build`)
 *
 * Serves the same prerendered pages three ways and loads each with autocannon on 127.0.0.1:
 *   next     the production server (`npm start`: the standalone server)
 *   nginx    nginx serving the prerendered HTML files straight from disk (the static-site baseline)
 *   front    nginx micro-cache (deploy/nginx/newsroom-microcache.conf) in front of the production server
 * for the article, home and section pages at 10 and 50 connections, printing req/s, p50/p99
 * latency and errors, and each server's requests per second as a share of plain nginx's.
 */
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { stripFrameworkRuntime } from '../lib/serving/framework-free-html';
import { sampleUrls } from './sample-urls';
import { startProductionServer, startServer, stopServer, waitForServer, type Server } from './servers';
import { flag } from './cli';

const root = process.cwd();
const duration = Number(flag('duration') ?? '10');
const PORTS = { next: 3900, nginx: 3901, front: 3902 } as const;

if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync('/usr/sbin/nginx')) {
  console.error('nginx is not installed: apt-get install -y nginx-light (or nginx).');
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-serve-'));
// nginx workers run as an unprivileged user: they must be able to read the site and write the cache.
chmodSync(work, 0o755);
const site = path.join(work, 'site');

/**
 * Writes every prerendered page (`.next/server/app/**.html`) for nginx as the production server sends
 * it — without the framework (lib/serving/framework-free-html.ts) — and copies the static assets.
 */
async function exportPrerendered(): Promise<number> {
  const app = path.join(root, '.next/server/app');
  let pages = 0;
  for (const file of readdirSync(app, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const target = path.join(site, file === 'index.html' ? 'index.html' : file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, (await stripFrameworkRuntime(readFileSync(path.join(app, file), 'utf8'))).html);
    pages++;
  }
  cpSync(path.join(root, '.next/static'), path.join(site, '_next/static'), { recursive: true });
  cpSync(path.join(root, 'public'), site, { recursive: true });
  return pages;
}

function nginxConfig(name: string, server: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${work}/tmp-${t};`)
    .join('\n  ');
  return `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 2;
pid ${work}/${name}.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  ${temp}
  ${server}
}
`;
}

const staticServer = `server {
    listen 127.0.0.1:${PORTS.nginx} backlog=4096;
    root ${site};
    location / { try_files $uri $uri.html $uri/index.html =404; }
  }`;

const frontServer = readFileSync(path.join(root, 'deploy/nginx/newsroom-microcache.conf'), 'utf8')
  .replaceAll('__LISTEN__', `127.0.0.1:${PORTS.front}`)
  .replaceAll('__UPSTREAM__', `127.0.0.1:${PORTS.next}`)
  .replaceAll('__CACHE_DIR__', path.join(work, 'cache'));

function startNginx(name: string, port: number, server: string): Server {
  const conf = path.join(work, `${name}.conf`);
  writeFileSync(conf, nginxConfig(name, server));
  return startServer(name, `http://127.0.0.1:${port}`, '/usr/sbin/nginx', [
    '-p',
    work,
    '-c',
    conf,
    '-g',
    'daemon off;',
  ]);
}

type Row = { page: string; connections: number; server: string; rps: number; p50: number; p99: number; errors: number };

async function load(url: string, connections: number): Promise<Omit<Row, 'page' | 'connections' | 'server'>> {
  const result = await autocannon({ url, connections, duration, pipelining: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const pages = await exportPrerendered();
const urls = sampleUrls(root);
console.log(`exported ${pages} prerendered pages; article ${urls.article}, section ${urls.section}`);

const servers: Server[] = [
  startProductionServer('next', PORTS.next),
  startNginx('nginx', PORTS.nginx, staticServer),
  startNginx('front', PORTS.front, frontServer),
];
const rows: Row[] = [];
try {
  for (const s of servers) await waitForServer(`${s.url}/`);
  for (const [page, pathname] of Object.entries(urls)) {
    const sizes = await Promise.all(servers.map(async (s) => (await (await fetch(s.url + pathname)).text()).length));
    console.log(`${page}: HTML bytes per server ${servers.map((s, i) => `${s.name}=${sizes[i]}`).join(' ')}`);
    for (const s of servers) await load(s.url + pathname, 10).catch(() => undefined); // warm up
  }
  for (const connections of [10, 50]) {
    for (const [page, pathname] of Object.entries(urls)) {
      for (const s of servers) {
        const r = await load(s.url + pathname, connections);
        rows.push({ page, connections, server: s.name, ...r });
        console.log(
          `${page.padEnd(8)} c=${String(connections).padEnd(3)} ${s.name.padEnd(6)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms  errors ${r.errors}`,
        );
      }
    }
  }
} finally {
  for (const s of servers) await stopServer(s);
  rmSync(work, { recursive: true, force: true });
}

console.log('\npage     conns  server   req/s   p50 ms  p99 ms  errors  share of nginx req/s');
for (const r of rows) {
  const base = rows.find((x) => x.page === r.page && x.connections === r.connections && x.server === 'nginx');
  const share = base && base.rps > 0 ? (r.rps / base.rps).toFixed(2) : '-';
  console.log(
    `${r.page.padEnd(8)} ${String(r.connections).padStart(5)}  ${r.server.padEnd(6)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(7)} ${String(r.errors).padStart(7)}  ${share.padStart(8)}`,
  );
}
