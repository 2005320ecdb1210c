// Drives the real web chat page in headless Chromium, as a person would: greets, books
// "a basic manicure tomorrow at 10", answers the name question, clicks "Yes", and saves
// a screenshot to /tmp/e2e/chat.png.
// Run: npm install puppeteer-core (no browser download), Debian's chromium at /usr/bin/chromium,
//      node load-tests/scripts/browser-chat-check.js http://127.0.0.1:8080/
const puppeteer = require('puppeteer-core');
(async () => {
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 480, height: 800 });
  await page.goto(process.argv[2] || 'http://127.0.0.1:8097/', { waitUntil: 'networkidle0' });
  const bots = async () => page.$$eval('.bot', els => els.map(e => e.textContent));
  const say = async (text) => {
    const before = (await bots()).length;
    await page.type('#text', text);
    await page.click('form button');
    await page.waitForFunction(n => document.querySelectorAll('.bot').length > n, {}, before);
    return (await bots()).pop();
  };
  console.log('greeting:', (await bots())[0]);
  console.log('>', await say('a basic manicure tomorrow at 10'));
  console.log('>', await say('Robin'));
  // Click the "Yes" quick reply like a person would.
  const before = (await bots()).length;
  const buttons = await page.$$('.options button');
  for (const b of buttons) { if ((await b.evaluate(e => e.textContent)) === 'Yes') { await b.click(); break; } }
  await page.waitForFunction(n => document.querySelectorAll('.bot').length > n, {}, before);
  console.log('>', (await bots()).pop());
  await page.screenshot({ path: (process.env.SCREENSHOT || '/tmp/e2e/chat.png') });
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
