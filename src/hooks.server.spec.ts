import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../scripts/csp.js';
import { paintFirst, transformPage } from './hooks.server';

// The shape SvelteKit 2 gives a prerendered page (kept close to the real output).
const PAGE = `<!doctype html><html lang="nl"><head>
		<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
		<style>body{margin:0}</style><title>Start</title></head><body><div style="display: contents"><h1>KIES</h1>
			<script>
				{
					__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.C.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null,null], form: null, error: null });
					});
				}
			</script></div></body></html>`;

describe('paintFirst', () => {
	it('moves the module preloads behind the first paint and starts the app after them', () => {
		const html = paintFirst(PAGE);
		expect(html).not.toContain('rel="modulepreload">');
		expect(html).toContain('<style>body{margin:0}</style>');
		expect(html).toContain('["./_app/immutable/entry/start.A.js","./_app/immutable/chunks/B.js"]');
		const script = html.slice(html.indexOf('<script>'));
		expect(script.indexOf('requestAnimationFrame')).toBeLessThan(script.indexOf('import('));
		expect(script).toContain('kit.start(app, element');
		// Still a valid script.
		const body = script.slice('<script>'.length, script.indexOf('</script>'));
		expect(() => new Function(body)).not.toThrow();
	});

	it('leaves a page without the boot script as it is', () => {
		const plain = '<html><head><link href="x.js" rel="modulepreload"></head><body></body></html>';
		expect(paintFirst(plain)).toBe(plain);
	});
});

describe('transformPage', () => {
	const withPolicy = (html: string) => {
		const [boot] = inlineScriptHashes(html);
		return html.replace(
			'<head>',
			`<head><meta http-equiv="content-security-policy" content="script-src 'self' '${boot}'; object-src 'none'">`
		);
	};

	it('puts the rewritten boot script’s hash in the policy in place of the old one', () => {
		const page = withPolicy(PAGE);
		const [before] = inlineScriptHashes(page);
		const { html } = transformPage(page);
		const [after] = inlineScriptHashes(html);
		expect(after).not.toBe(before);
		expect(html).toContain(`script-src 'self' '${after}'; object-src 'none'`);
		expect(html).not.toContain(before);
	});

	it('refuses a page with an inline script that the policy does not allow', () => {
		const page = withPolicy(PAGE).replace('</body>', '<script>alert(1)</script></body>');
		expect(() => transformPage(page)).toThrow(/no hash in the policy/);
	});

	it('rewrites a policy sent as a header (dev) the same way', () => {
		const page = withPolicy(PAGE);
		const header = /content="([^"]*)"/.exec(page)![1];
		const { html, rehashPolicy } = transformPage(page);
		expect(rehashPolicy(header)).toContain(inlineScriptHashes(html)[0]);
	});
});
