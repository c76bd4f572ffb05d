// Static server for the release build: precompressed .br/.gz, SPA fallback, optional security headers.
// usage: node e2e/serve.mjs DIR PORT [--headers FILE] [--inject-ouders "ORIGINS"]
//   --headers FILE: a JSON object of response headers (docs/hosting/headers.json) sent with every response.
//   --inject-ouders: replaces the embed allow-list meta in index.html (tests only; never in production).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const dir = path.resolve(args[0] ?? 'dist');   // absolute, or the traversal check rejects everything
const port = Number(args[1] ?? 8080);
const optie = (naam) => { const i = args.indexOf(naam); return i >= 0 ? args[i + 1] : undefined; };
const headersFile = optie('--headers');
const extraHeaders = headersFile ? JSON.parse(fs.readFileSync(headersFile, 'utf8')) : {};
const ouders = optie('--inject-ouders');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8' };

const server = http.createServer((req, res) => {
  let pad;
  try { pad = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
  let file = path.join(dir, path.normalize(pad));
  if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(dir, 'index.html');
  const headers = { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store',
    'Vary': 'Accept-Encoding', ...extraHeaders };
  if (ouders && file.endsWith('index.html')) {
    const html = fs.readFileSync(file, 'utf8').replace(/(name=rekenhulp-toegestane-ouders|content="[^"]*"(?= name=rekenhulp-toegestane-ouders))/, (m) => m)
      .replace(/<meta content="[^"]*" name=rekenhulp-toegestane-ouders>/, `<meta content="${ouders}" name=rekenhulp-toegestane-ouders>`);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  const ae = req.headers['accept-encoding'] || '';
  let body = file;
  if (/\bbr\b/.test(ae) && fs.existsSync(file + '.br')) { body = file + '.br'; headers['Content-Encoding'] = 'br'; }
  else if (/\bgzip\b/.test(ae) && fs.existsSync(file + '.gz')) { body = file + '.gz'; headers['Content-Encoding'] = 'gzip'; }
  headers['Content-Length'] = fs.statSync(body).size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end(); else fs.createReadStream(body).pipe(res);
});
// Port 0: the system picks a free port; the line below tells which (the tests read it).
server.listen(port, '127.0.0.1', () => console.log(`serving ${dir} on http://127.0.0.1:${server.address().port}/`));
