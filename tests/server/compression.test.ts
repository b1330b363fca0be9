import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressAnswers } from '../../server/src/app/compression';
import { startTestApp, type TestApp } from '../helpers/test-app';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, before any decoding. */
  body: Buffer;
}

/** A request as a browser or scraper sends it, without the automatic decoding of fetch. */
function request(url: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: body ? 'POST' : 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function decode(raw: Raw): string {
  const encoding = raw.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(raw.body).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(raw.body).toString('utf8');
  return raw.body.toString('utf8');
}

describe('compressed answers', () => {
  let t: TestApp;
  let root: string;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
  // A console bundle's worth of script: repetitive text, as minified code is.
  const script = `export const screens = [${Array.from({ length: 4000 }, (_, i) => `"screen-${i}"`).join(',')}];\n`;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>政务诚信治理平台</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'index.js'), script);
    t = await startTestApp({ consoleDir: dist });
    root = t.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('sends the console’s script brotli-compressed to a browser that accepts it, and gzip to one that accepts only gzip', async () => {
    const br = await request(`${root}/assets/index.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(script.length / 4);
    expect(decode(br)).toBe(script);

    const gz = await request(`${root}/assets/index.js`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(decode(gz)).toBe(script);

    const plain = await request(`${root}/assets/index.js`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('compresses a large GraphQL answer, which still reads as the same JSON', async () => {
    const token = await t.login('admin');
    const query = JSON.stringify({ query: '{ units(limit: 100) { total items { id code name kind } } }' });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const gz = await request(t.url, { ...headers, 'accept-encoding': 'gzip' }, query);
    const plain = await request(t.url, headers, query);
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThan(plain.body.length);
    const answer = JSON.parse(decode(gz));
    expect(answer.data.units.total).toBeGreaterThan(30);
    expect(answer).toEqual(JSON.parse(plain.body.toString('utf8')));
  });

  it('keeps /metrics in the Prometheus text format for a scraper asking for gzip', async () => {
    const raw = await request(`${root}/metrics`, { 'accept-encoding': 'gzip' });
    expect(raw.status).toBe(200);
    expect(String(raw.headers['content-type'])).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = decode(raw);
    expect(text).toMatch(/^# (HELP|TYPE) /m);
    const plain = await request(`${root}/metrics`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toMatch(/^# (HELP|TYPE) /m);
  });

  it('leaves an answer that arrives in parts uncompressed, so each part reaches the client when sent', async () => {
    const compress = compressAnswers();
    const server = http.createServer((req, res) => {
      compress(req as never, res as never, () => {
        res.setHeader('content-type', 'multipart/mixed; boundary="-"');
        res.write(`---\r\ncontent-type: application/json\r\n\r\n${JSON.stringify({ data: { n: 'x'.repeat(4000) }, hasNext: true })}\r\n`);
        res.end('-----\r\n');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const raw = await request(`http://127.0.0.1:${port}/parts`, { 'accept-encoding': 'gzip, br' });
      expect(raw.headers['content-encoding']).toBeUndefined();
      expect(raw.body.toString('utf8')).toContain('"hasNext":true');
    } finally {
      server.close();
    }
  });
});
