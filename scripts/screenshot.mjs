// Takes a full-page screenshot of a page once its h1 shows: node scripts/screenshot.mjs URL OUT.png [W H]
import { chromium } from '@playwright/test';

const [url, out, width = '1280', height = '800'] = process.argv.slice(2);
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
await page.goto(url);
await page.locator('h1').first().waitFor({ timeout: 90_000 });
await page.waitForTimeout(1000);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
