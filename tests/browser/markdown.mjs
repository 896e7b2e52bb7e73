// The widget's safe Markdown subset in a real browser (Debian's Chromium, driven by playwright-core),
// without a Rasa. Run by tests/integration/test_browser.py, which serves the real gateway with a
// fake Rasa (at its HTTP boundary) answering the greeting with one crafted message per case:
//   node markdown.mjs '<json config>'   config: {gateway, hostPort, shots, cases: {name: text}}
// The host page is a site of this script's own on another origin with NO Content-Security-Policy,
// so markup that slipped through as HTML would really run (a CSP would hide the bug).
// Prints "markdown: N passed, 0 failed", or the first failure and exits 1.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { openPage } from "./page.mjs";

const config = JSON.parse(process.argv[2] || "{}");
const names = Object.keys(config.cases);

const site = createServer((request, response) => {
  response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A site without a CSP</title>
<script src="${config.gateway}/widget.js" data-api="${config.gateway}" async></script>
</head><body><h1>A site without a Content-Security-Policy</h1></body></html>`);
});
await new Promise((resolve) => site.listen(config.hostPort, "127.0.0.1", resolve));

const { browser, page, problems, dialogs, step, steps } = await openPage();

// What one case's bubble holds, read in the page: the tags of its Markdown blocks, the visible
// text of each block (the screen-reader-only words left out), its <strong>s and its links.
function shown(name) {
  return page.evaluate((index) => {
    const bubble = document.querySelector("[data-safety-assistant]").shadowRoot
      .querySelectorAll(".log .msg.bot")[index];
    const words = (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return node.textContent;
      const copy = node.cloneNode(true);
      copy.querySelectorAll(".vh").forEach((hidden) => hidden.remove());
      return copy.textContent;
    };
    const blocks = [...bubble.children].filter((node) => !node.matches(".vh, .meta, .feedback, .buttons"));
    return {
      tags: blocks.map((node) => node.tagName.toLowerCase()),
      texts: blocks.map(words),
      lines: blocks.filter((node) => node.tagName === "P").map((p) => [...p.childNodes]
        .reduce((all, node) => { if (node.nodeName === "BR") all.push(""); else all[all.length - 1] += words(node); return all; }, [""])),
      items: blocks.filter((node) => node.tagName !== "P").map((list) => [...list.children].map((li) => `${li.tagName}:${words(li)}`)),
      strong: [...bubble.querySelectorAll("strong, b")].filter((s) => !s.closest(".meta")).map(words),
      links: [...bubble.querySelectorAll("a")].map((a) => ({
        text: words(a), href: a.getAttribute("href"), target: a.target, rel: a.rel,
        hint: a.querySelector(".vh")?.textContent })),
      elements: [...bubble.querySelectorAll("*")].map((node) => node.tagName.toLowerCase()),
      meta: bubble.querySelector(".meta") ? words(bubble.querySelector(".meta")) : "",
    };
  }, names.indexOf(name));
}

async function main() {
  await step("the widget, served by the gateway, shows every crafted answer in its own bubble", async () => {
    await page.goto(`http://127.0.0.1:${config.hostPort}/`);
    await page.locator(".launcher").click();
    await page.waitForFunction((n) => document.querySelector("[data-safety-assistant]").shadowRoot
      .querySelectorAll(".log .msg.bot").length >= n, names.length, { timeout: 15000 });
    assert.equal(await page.locator(".log .msg.bot").count(), names.length);
    assert.equal(await page.locator(".log .msg.notice").count(), 0);
  });

  await step("**bold** is a <strong> holding just its words", async () => {
    const bold = await shown("bold");
    assert.deepEqual(bold.strong, ["999", "Run, Hide, Tell"]);
    assert.deepEqual(bold.texts, ["Call 999 now, then Run, Hide, Tell."]);
    assert.deepEqual(bold.links, []);
  });

  await step("https links, written or bare, open in a new tab, safely, and say so to screen readers", async () => {
    const links = await shown("links");
    const safe = { target: "_blank", rel: "noopener noreferrer", hint: " (opens in a new tab)" };
    assert.deepEqual(links.links, [
      { text: "the Stay Safe guidance", href: "https://www.gov.uk/stay-safe", ...safe },
      // The full stop that ends the sentence is not part of a bare address.
      { text: "https://www.protectuk.police.uk/act", href: "https://www.protectuk.police.uk/act", ...safe },
      { text: "999 first", href: "https://www.gov.uk/999", ...safe },
    ]);
    assert.deepEqual(links.texts, ["Read the Stay Safe guidance or see https://www.protectuk.police.uk/act. Always call 999 first."]);
    assert.deepEqual(links.strong, ["Always call 999 first"]);
  });

  await step("'- ' and '1. ' lines are <ul> and <ol> lists of <li>, between paragraphs", async () => {
    const lists = await shown("lists");
    assert.deepEqual(lists.tags, ["p", "ul", "ol", "p"]);
    assert.deepEqual(lists.items, [["LI:Run", "LI:Hide"], ["LI:Tell", "LI:Call 999"]]);
    assert.deepEqual(lists.strong, ["999"]);
    assert.deepEqual([lists.texts[0], lists.texts[3]], ["Do this:", "After that, stay safe."]);
  });

  await step("links that are not https (javascript:, http:, data:, raw <a>) are shown as text, never made links", async () => {
    const unsafe = await shown("unsafe links");
    assert.deepEqual(unsafe.links, []);
    assert.deepEqual(unsafe.texts, [config.cases["unsafe links"]]);
    // A source whose address is not https is named, not linked.
    assert.match(unsafe.meta, /Source: A bad source/);
    assert.ok(!unsafe.elements.includes("a"), JSON.stringify(unsafe.elements));
  });

  await step("HTML in an answer is shown as text: no element is made and nothing runs", async () => {
    const html = await shown("html");
    assert.deepEqual(html.texts, [config.cases.html]);
    assert.deepEqual(html.elements.filter((tag) => !["span", "p"].includes(tag)), []);
    const anywhere = await page.evaluate(() => document.querySelector("[data-safety-assistant]").shadowRoot
      .querySelectorAll("img, script, iframe, svg, i").length + document.querySelectorAll("img, iframe").length);
    assert.equal(anywhere, 0);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
  });

  await step("unbalanced and nested ** leave every word visible; only a true pair is bold", async () => {
    const odd = await shown("unbalanced bold");
    assert.deepEqual(odd.tags, ["p"]);
    assert.deepEqual(odd.lines, [[
      "**open, and a pair here",
      "**a b c**",
      "** spaced ** and **** and 2 * 3",
    ]]);
    assert.deepEqual(odd.strong, ["pair", "b"]);
  });

  await step("no dialog, no page error, and the widget still answers", async () => {
    await page.locator("#sa-input").fill("thanks");
    await page.locator("#sa-input").press("Enter");
    await page.waitForFunction((n) => document.querySelector("[data-safety-assistant]").shadowRoot
      .querySelectorAll(".log .msg.bot").length >= n, names.length * 2, { timeout: 15000 });
    await page.waitForTimeout(300);  // an onerror or a script would have run by now
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, []);
  });
}

try {
  await main();
  console.log(`markdown: ${steps.passed} passed, 0 failed`);
} catch (error) {
  console.error(error);
  console.error(problems.join("\n"));
  // What the conversation held, as markup, to see what went wrong.
  console.error(await page.evaluate(() => document.querySelector("[data-safety-assistant]")?.shadowRoot
    .querySelector(".log")?.innerHTML).catch(() => ""));
  await page.screenshot({ path: `${config.shots}/widget-markdown-failure.png` }).catch(() => {});
  console.log(`markdown: ${steps.passed} passed, 1 failed`);
  process.exitCode = 1;
} finally {
  await browser.close();
  site.close();
}
