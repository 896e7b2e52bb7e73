// The chat widget in a real browser (Debian's Chromium, driven by playwright-core, which never
// downloads a browser) against real running gateways. Run by tests/integration/test_browser.py:
//   node widget.mjs <group> '<json config>'
// Groups: "demo" (the demo page on the test stack) and "hostile" (a hostile site of this script's
// own on another origin, then the gateway stopped, answering 503, and back). One browser, one
// page per group. Prints "browser: N passed, 0 failed", or the first failure and exits 1.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { openPage } from "./page.mjs";

const [group, rawConfig] = process.argv.slice(2);
const config = JSON.parse(rawConfig || "{}");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const { browser, page, problems, dialogs, step, steps } = await openPage();

// Locators pierce the widget's open shadow root.
const launcher = page.locator(".launcher");
const panel = page.locator('[role="dialog"]');
const input = page.locator("#sa-input");
const botMessages = page.locator(".log .msg.bot");
const answers = page.locator(".log .msg.bot:not(.notice)");
const notices = page.locator(".log .msg.notice");

// What has keyboard focus, through the shadow root: "launcher", "sa-input", a tag name...
function focused() {
  return page.evaluate(() => {
    let node = document.activeElement;
    while (node && node.shadowRoot && node.shadowRoot.activeElement) node = node.shadowRoot.activeElement;
    if (!node) return "";
    return node.id || node.className || node.tagName.toLowerCase();
  });
}

// Type and press Enter; resolves with the first new bot message.
async function ask(text) {
  const before = await botMessages.count();
  await input.fill(text);
  await input.press("Enter");
  await page.waitForFunction((n) => {
    const host = document.querySelector("[data-safety-assistant]");
    return host.shadowRoot.querySelectorAll(".log .msg.bot").length > n;
  }, before, { timeout: 30000 });
  return botMessages.nth(before);
}

async function noSidewaysScroll(label) {
  const widths = await page.evaluate(() => {
    const root = document.querySelector("[data-safety-assistant]").shadowRoot;
    const boxes = [".panel", ".log", ".composer", ".header"].map((s) => root.querySelector(s));
    return {
      page: [document.documentElement.scrollWidth, window.innerWidth],
      boxes: boxes.map((b) => [b.scrollWidth, b.clientWidth]),
      panel: root.querySelector(".panel").getBoundingClientRect().toJSON(),
    };
  });
  assert.ok(widths.page[0] <= widths.page[1], `${label}: the page scrolls sideways ${JSON.stringify(widths)}`);
  for (const [scroll, client] of widths.boxes) {
    assert.ok(scroll <= client + 1, `${label}: the widget scrolls sideways ${JSON.stringify(widths)}`);
  }
  assert.ok(widths.panel.left >= 0 && widths.panel.right <= widths.page[1] + 1, `${label}: off screen`);
}

async function axeScan() {
  await page.evaluate(AXE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  console.log(`axe: ${results.violations.length} violations, ${bad.length} serious or critical` +
              (results.violations.length ? ` (${results.violations.map((v) => `${v.id}/${v.impact}`).join(", ")})` : ""));
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join("; ")}`), []);
}

async function demo() {
  await step("the demo page embeds the widget with one tag", async () => {
    await page.goto(config.url);
    assert.equal(await page.locator("script").count(), 1);
    assert.match(await page.locator("h1").innerText(), /Staying safe in public places/);
    await launcher.waitFor();
    assert.equal(await panel.isVisible(), false);
  });

  await step("keyboard only: Tab to the labelled launcher, Enter opens the dialog with focus inside", async () => {
    for (let i = 0; i < 40 && (await focused()) !== "launcher"; i += 1) await page.keyboard.press("Tab");
    assert.equal(await focused(), "launcher");
    assert.match(await launcher.getAttribute("aria-expanded"), /false/);
    assert.match(await launcher.innerText(), /Ask about staying safe/);
    await page.keyboard.press("Enter");
    await panel.waitFor();
    assert.equal(await panel.getAttribute("aria-modal"), "true");
    assert.equal(await page.locator("#sa-title").innerText(), "Ask about staying safe");
    assert.equal(await focused(), "sa-input");
    assert.match(await page.locator(".emergency").innerText(), /In an emergency call 999/);
    assert.equal(await page.locator('.log[role="log"][aria-live="polite"]').count(), 1);
    await botMessages.first().waitFor({ timeout: 30000 });  // the greeting, from the content
    assert.match(await botMessages.first().innerText(), /999/);
  });

  let answer;
  await step("a question gets an answer with sources and its review date", async () => {
    await page.keyboard.type("what's the current terrorism threat level in the UK");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-safety-assistant]").shadowRoot
      .querySelectorAll(".log .msg.bot").length > 1, null, { timeout: 30000 });
    answer = botMessages.nth(1);
    assert.match(await answer.innerText(), /Reviewed \d{1,2} \w+ \d{4}/);
    assert.ok((await answer.locator('.meta a[href^="https://"]').count()) >= 1, "no source link");
    assert.equal(await answer.locator(".vh").first().innerText(), "Assistant said:");
    assert.equal(await page.locator(".log .msg.user .vh").first().innerText(), "You said:");
    assert.equal(await focused(), "sa-input");
  });

  await step("a button asks its question, and stays usable for another go", async () => {
    const guided = await ask("what do I do if there is an attack");
    const choice = guided.locator(".choices button").first();
    const title = (await choice.innerText()).trim();
    for (let round = 0; round < 2; round += 1) {
      const before = await botMessages.count();
      await choice.focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction((n) => document.querySelector("[data-safety-assistant]").shadowRoot
        .querySelectorAll(".log .msg.bot").length > n, before, { timeout: 30000 });
      assert.equal((await page.locator(".log .msg.user p").last().innerText()).trim(), title);
      assert.ok(await choice.isEnabled());
    }
  });

  await step("markup typed by a person is shown as text and never runs", async () => {
    await ask("<img src=x onerror=alert(1)>");
    assert.equal(await page.locator(".log .msg.user p").last().innerText(), "<img src=x onerror=alert(1)>");
    assert.equal(await page.locator(".log img").count(), 0);
    assert.deepEqual(dialogs, []);
  });

  await step("'Was this helpful?' Yes and No (with a comment) are sent and thanked", async () => {
    const yes = answer.locator(".feedback button", { hasText: "Yes" });
    await yes.click();
    await answer.locator(".feedback", { hasText: "Thank you for your feedback." }).waitFor();
    let index = (await answers.count()) - 1;
    while (index > 0 && !(await answers.nth(index).locator(".feedback button").count())) index -= 1;
    const later = answers.nth(index);  // a fixed place: the filter would lose it once answered
    await later.locator(".feedback button", { hasText: "No" }).click();
    assert.equal(await focused(), await later.locator("textarea").getAttribute("id"));
    await page.keyboard.type(config.comment);
    await later.locator(".feedback button", { hasText: "Send feedback" }).click();
    await later.locator(".feedback", { hasText: "Thank you for your feedback." }).waitFor();
  });

  await step("the conversation survives a reload, feedback given included", async () => {
    const said = await page.locator(".log .msg").allInnerTexts();
    await page.reload();
    await panel.waitFor();
    assert.deepEqual(await page.locator(".log .msg").allInnerTexts(), said);
    assert.equal(await focused(), "sa-input");
  });

  await step("Escape closes the dialog and focus goes back to the launcher", async () => {
    await page.keyboard.press("Escape");
    assert.equal(await panel.isVisible(), false);
    assert.equal(await focused(), "launcher");
    await page.keyboard.press("Enter");
    await panel.waitFor();
  });

  await step("Tab stays within the open dialog", async () => {
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press("Tab");
      const inside = await page.evaluate(() => document.activeElement?.hasAttribute("data-safety-assistant"));
      assert.ok(inside, `focus left the dialog after ${i + 1} Tabs`);
    }
  });

  await step("axe-core: no serious or critical violations with the widget open", axeScan);

  await step("screenshots; 320 px wide and 400% zoom without sideways scrolling", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await input.focus();
    await page.screenshot({ path: `${config.shots}/widget-desktop.png` });
    await noSidewaysScroll("1280 px");
    await page.setViewportSize({ width: 320, height: 640 });
    await noSidewaysScroll("320 px");
    await page.screenshot({ path: `${config.shots}/widget-320.png` });
    // 400% zoom of a 1280 x 720 window is a 320 x 180 CSS-pixel viewport.
    await page.setViewportSize({ width: 320, height: 180 });
    await noSidewaysScroll("400% zoom");
    assert.ok(await page.locator(".emergency").isVisible());
    await page.setViewportSize({ width: 1280, height: 800 });
    const sizes = await page.evaluate(() => [...document.querySelector("[data-safety-assistant]").shadowRoot
      .querySelectorAll("button, input, textarea")].filter((b) => b.getClientRects().length)
      .map((b) => [b.textContent, b.getBoundingClientRect().width, b.getBoundingClientRect().height]));
    const small = sizes.filter(([, w, h]) => w < 24 || h < 24);
    assert.deepEqual(small, [], "targets under 24 px");
  });

  await step("Start again clears the conversation and starts a new one under a new sender", async () => {
    const sender = () => page.evaluate(() => JSON.parse(Object.values(sessionStorage)[0]).sender);
    const old = await sender();
    await page.locator("button", { hasText: "Start again" }).click();
    await botMessages.first().waitFor({ timeout: 30000 });
    assert.equal(await page.locator(".log .msg.user").count(), 0);
    assert.equal(await botMessages.count(), 1);
    assert.notEqual(await sender(), old);
    await page.reload();
    await panel.waitFor();
    assert.equal(await page.locator(".log .msg.user").count(), 0);
  });
}

// --- a hostile site on another origin, and the gateway going away ------------------------------
function hostileSite(widgetOrigin) {
  const csp = `default-src 'none'; script-src ${widgetOrigin}; connect-src ${widgetOrigin}; style-src 'self'; ` +
              "img-src 'none'; base-uri 'none'";
  const pageHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A hostile host page</title>
<link rel="stylesheet" href="/hostile.css">
<script src="${widgetOrigin}/widget.js" data-api="${widgetOrigin}" data-title="Stay safe" data-colour="#6a1b4d" async></script>
</head><body><main><h1>Someone else's site</h1><p>With styles that try to break anything put on it.</p>
<div><button>A site button</button></div></main></body></html>`;
  const hostileCss = `* { all: unset !important; }
html { font-size: 5px !important; color: transparent !important; line-height: 0 !important; }
body * { visibility: hidden !important; }
div, button, [data-safety-assistant] { display: none !important; position: absolute !important;
  width: 0 !important; height: 0 !important; opacity: 0 !important; z-index: -1 !important; }
:root { --accent: #ffff00; --text: #ffff00; --surface: #ffff00; }
button { font-size: 2px !important; min-height: 0 !important; }`;
  return createServer((request, response) => {
    if (request.url === "/hostile.css") {
      response.writeHead(200, { "Content-Type": "text/css" });
      response.end(hostileCss);
    } else {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp });
      response.end(pageHtml);
    }
  });
}

async function startGateway(env) {
  const child = spawn(config.gateway.argv[0], config.gateway.argv.slice(1), {
    cwd: config.gateway.cwd, env: { ...process.env, ...config.gateway.env, ...env }, stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(`${config.widgetOrigin}/livez`)).ok) return { child, exited };
    } catch (error) { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error("the test's own gateway did not start");
}

async function stopGateway(gateway) {
  gateway.child.kill("SIGTERM");
  const killer = setTimeout(() => gateway.child.kill("SIGKILL"), 10000);
  await gateway.exited;
  clearTimeout(killer);
}

async function hostile() {
  const site = hostileSite(config.widgetOrigin);
  await new Promise((resolve) => site.listen(config.hostPort, "127.0.0.1", resolve));
  let gateway = await startGateway({});
  try {
    await step("on a hostile site, on another origin under its own CSP, the widget looks and works right", async () => {
      await page.goto(`http://127.0.0.1:${config.hostPort}/`);
      await launcher.waitFor();
      const look = await launcher.evaluate((b) => {
        const style = getComputedStyle(b);
        const box = b.getBoundingClientRect();
        return { font: style.fontSize, bg: style.backgroundColor, visible: style.visibility, w: box.width, h: box.height };
      });
      assert.equal(look.font, "16px");
      assert.equal(look.visible, "visible");
      assert.equal(look.bg, "rgb(106, 27, 77)");  // data-colour, not the host's custom property
      assert.ok(look.w >= 24 && look.h >= 44, JSON.stringify(look));
      await launcher.click();
      await panel.waitFor();
      await botMessages.first().waitFor({ timeout: 30000 });
      const reply = await ask("how do I report something suspicious");
      assert.ok((await reply.locator('.meta a[href^="https://"]').count()) >= 1, "no source link");
      const lineHeight = await page.locator(".emergency").evaluate((p) => getComputedStyle(p).lineHeight);
      assert.equal(lineHeight, "24px");
      await noSidewaysScroll("hostile");
      await page.screenshot({ path: `${config.shots}/widget-hostile.png` });
    });

    await step("gateway unreachable: the offline message with 999 and the hotline, and a retry", async () => {
      await stopGateway(gateway);
      gateway = null;
      const notice = await ask("what should I do if I see an unattended bag");
      assert.ok(await notice.evaluate((n) => n.classList.contains("notice")));
      const text = await notice.innerText();
      assert.match(text, /999/);
      assert.match(text, /Anti-Terrorist Hotline on 0800 789 321/);
      assert.equal(await notice.locator("button", { hasText: "Try again" }).count(), 1);
    });

    await step("a 503 from the gateway: its own 999 words, the hotline, and a retry that works", async () => {
      gateway = await startGateway({ RASA_URL: config.deadRasaUrl });
      const before = await notices.count();
      await notices.last().locator("button", { hasText: "Try again" }).click();
      await page.waitForFunction((n) => document.querySelector("[data-safety-assistant]").shadowRoot
        .querySelectorAll(".log .msg.notice").length > n, before, { timeout: 30000 });
      const text = await notices.last().innerText();
      assert.match(text, /call 999/);
      assert.match(text, /press 55/);  // the gateway's fixed reply, not the widget's own words
      assert.match(text, /0800 789 321/);
      await stopGateway(gateway);
      gateway = await startGateway({});
      const answersBefore = await answers.count();
      await notices.last().locator("button", { hasText: "Try again" }).click();
      await page.waitForFunction((n) => document.querySelector("[data-safety-assistant]").shadowRoot
        .querySelectorAll(".log .msg.bot:not(.notice)").length > n, answersBefore, { timeout: 30000 });
      assert.match(await answers.last().innerText(), /Reviewed/);
    });

    await step("429: its plain words, then the widget waits as Retry-After says before asking again", async () => {
      let limited = null;
      for (let i = 0; i < 8 && !limited; i += 1) {
        const reply = await ask("what counts as suspicious behaviour");
        if (await reply.evaluate((n) => n.classList.contains("notice"))) limited = reply;
      }
      assert.ok(limited, "the gateway's per-sender limit never answered 429");
      const words = await limited.innerText();
      assert.match(words, /wait (\d+) seconds?/);
      assert.match(words, /999/);
      const started = Date.now();
      const next = await ask("what counts as suspicious behaviour");
      assert.equal(await next.evaluate((n) => n.classList.contains("notice")), false, "asked before the wait was over");
      assert.ok(Date.now() - started >= 500, "did not wait");
    });
  } finally {
    if (gateway) await stopGateway(gateway);
    site.close();
  }
}

try {
  await (group === "demo" ? demo : hostile)();
  // The browser reports failed requests to a stopped gateway as console errors; nothing else may fail.
  const unexpected = problems.filter((p) => !/Failed to load resource|ERR_CONNECTION_REFUSED|503|Failed to fetch/.test(p));
  assert.deepEqual(unexpected, []);
  assert.deepEqual(dialogs, []);
  console.log(`browser: ${steps.passed} passed, 0 failed`);
} catch (error) {
  console.error(error);
  console.error(problems.join("\n"));
  await page.screenshot({ path: `${config.shots}/widget-${group}-failure.png` }).catch(() => {});
  console.log(`browser: ${steps.passed} passed, 1 failed`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
