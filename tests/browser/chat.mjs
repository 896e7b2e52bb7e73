// The chat page in a real browser (Debian's Chromium) against the real stack.
// Usage: node chat.mjs <gateway url> <screenshot path>. Exits non-zero on the first failure.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const [url, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
const problems = [];
page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
const bubbles = page.locator("#log .msg.bot");

async function send(text) {
  const before = await bubbles.count();
  await page.fill("#message", text);
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => document.querySelectorAll("#log .msg.bot").length > n, before);
  return bubbles.nth(before);
}

try {
  await page.goto(url);
  assert.match(await page.locator("header").innerText(), /999/);
  assert.equal(await page.locator("label[for=message]").count(), 1);

  // A starter button sends its payload and shows its title as the person's message.
  await page.click('button[data-payload="/ask_run_hide_tell"]');
  await page.waitForFunction(() => document.querySelectorAll("#log .msg.bot").length > 1);
  assert.match(await page.locator("#log .msg.user").last().innerText(), /Run, Hide, Tell$/);
  const overview = bubbles.nth(1);
  assert.match(await overview.innerText(), /Last reviewed \d{1,2} \w+ \d{4}/);
  assert.ok((await overview.locator('a[href^="https://"]').count()) >= 1, "no source link");

  // The guided flow: the Run button under the overview.
  await overview.locator("button", { hasText: /^Run$/ }).click();
  await page.waitForFunction(() => document.querySelectorAll("#log .msg.bot").length > 2);
  assert.match(await bubbles.nth(2).innerText(), /run/i);

  // An emergency is answered with 999 first, and the input keeps focus for the next message.
  const emergency = await send("someone is shooting in the station help");
  assert.match(await emergency.innerText(), /^(Assistant:)?\s*Call 999/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "message");

  // Markup typed by a person is shown as text, never run or rendered.
  await send('<img src=x onerror="window.hacked=1"> what is the threat level');
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.match(await page.locator("#log .msg.user").last().innerText(), /<img src=x/);

  assert.deepEqual(problems, []);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  console.log("browser: 1 passed, 0 failed");
} catch (error) {
  console.error(error);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  process.exitCode = 1;
} finally {
  await browser.close();
}
