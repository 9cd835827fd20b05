/**
 * Serves a built site over HTTP on localhost, under its base path, the way a static host would:
 * files from `dir`, `404.html` with status 404 for anything else, and the headers `_headers` gives
 * every path (`/*`), as Netlify and Cloudflare Pages apply them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { BuiltSite } from './sites';

export interface RunningSite {
  /** `http://127.0.0.1:PORT/handbook/` */
  url: string;
  close(): Promise<void>;
}

/** The headers `_headers` sets for every path (`/*`). */
export function headersFor(dir: string): [string, string][] {
  const file = `${dir}/_headers`;
  if (!existsSync(file)) return [];
  const headers: [string, string][] = [];
  let everyPath = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) everyPath = line.trim() === '/*';
    else if (everyPath) {
      const [name = '', ...value] = line.trim().split(':');
      headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return headers;
}

export async function serve(site: BuiltSite): Promise<RunningSite> {
  const files = sirv(site.dir, { dev: true, etag: false });
  const headers = headersFor(site.dir);
  const notFound = readFileSync(`${site.dir}/404.html`);
  const server: Server = createServer((request, response) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    const path = request.url ?? '/';
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!path.startsWith(site.base)) return sendNotFound();
    request.url = `/${path.slice(site.base.length)}`;
    files(request, response, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${site.base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
