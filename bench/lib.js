// Shared helpers for the benchmarks: a served production build and a Chromium page.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { chromium } from '@playwright/test';

export const BENCH_PORT = 4179;
export const BASE_URL = `http://localhost:${BENCH_PORT}`;

/** The median of a list of numbers. */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `runs` times (after one warm-up) and returns the median of what it returns. */
export async function medianOf(runs, fn) {
	await fn();
	const values = [];
	for (let i = 0; i < runs; i += 1) values.push(await fn());
	return median(values);
}

/** Serves build/ with `vite preview` on `port` until `stop()` is called. */
export async function serveBuild(port = BENCH_PORT, cwd = process.cwd()) {
	const child = spawn(
		resolvePath('node_modules/.bin/vite'),
		['preview', '--port', String(port), '--strictPort'],
		{
			cwd,
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	const url = `http://localhost:${port}/`;
	for (let i = 0; i < 100; i += 1) {
		try {
			const response = await fetch(url);
			if (response.ok) break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	return { url, stop: () => child.kill('SIGTERM') };
}

/** A headless Chromium, the same one the browser tests use. */
export async function launchBrowser() {
	const executablePath = existsSync('.chromium-path')
		? readFileSync('.chromium-path', 'utf8').trim()
		: '/usr/bin/chromium';
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic'
		]
	});
}

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.ttf': 'font/ttf',
	'.json': 'application/json'
};

/** A tiny static file server for a built folder on localhost. */
export async function serveStatic(dir, port) {
	const { createServer } = await import('node:http');
	const { readFile } = await import('node:fs/promises');
	const { extname, join, normalize } = await import('node:path');
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
		const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
		try {
			const body = await readFile(file);
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
			});
			response.end(body);
		} catch {
			response.writeHead(404);
			response.end();
		}
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	return { url: `http://localhost:${port}/`, stop: () => server.close() };
}
