// What every browser test script here starts with: Debian's Chromium (playwright-core never
// downloads one), one page whose errors and dialogs are collected, and named steps counted.
import { chromium } from "playwright-core";

export async function openPage() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  const dialogs = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("dialog", (dialog) => { dialogs.push(dialog.message()); dialog.dismiss().catch(() => {}); });
  const steps = { passed: 0 };
  async function step(name, body) {
    try {
      await body();
      steps.passed += 1;
    } catch (error) {
      error.message = `${name}: ${error.message}`;
      throw error;
    }
  }
  return { browser, page, problems, dialogs, step, steps };
}
