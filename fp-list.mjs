import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveBuild } from './bench/lib.js';
const server = await serveBuild(4191);
const b = await launchBrowser();
const page = await b.newPage();
const assets = new Set();
page.on('response', (r) => { const p = new URL(r.url()).pathname; if (/\.(m?js|css)$/.test(p)) assets.add(p); });
await page.goto('http://localhost:4191' + (process.argv[2] ?? '/'), { waitUntil: 'networkidle' });
let total = 0;
const rows = [];
for (const p of assets) { const c = readFileSync('build' + p); const g = gzipSync(c, { level: 9 }).length; total += g; rows.push([g, p, c.length]); }
rows.sort((a, b) => b[0] - a[0]);
for (const [g, p, raw] of rows) console.log((g / 1024).toFixed(1).padStart(6), (raw/1024).toFixed(0).padStart(5), p);
console.log('total', (total / 1024).toFixed(1));
await b.close(); server.stop();
