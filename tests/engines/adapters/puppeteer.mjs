/* Firefox ESR over WebDriver BiDi, and Chromium over CDP, both through puppeteer-core.
 * One browser process per run; every flow gets a fresh browser context (its own storage
 * and its own download folder). */
import fs from "node:fs";
import puppeteer from "puppeteer-core";

import { LOCATE, PROBE } from "../locate.mjs";

const BINARIES = {
  firefox: process.env.SWAN_FIREFOX || "/usr/bin/firefox-esr",
  chromium: process.env.SWAN_CHROMIUM || "/usr/lib/chromium/chromium",
};

export const VIEWPORT = { width: 1280, height: 900 };

const PACKAGES = { firefox: "firefox-esr", chromium: "chromium" };

export async function launch(engine, { collector, timeout }) {
  if (!fs.existsSync(BINARIES[engine])) {
    throw new Error(`${BINARIES[engine]} is missing: scripts/install-test-tools installs Debian's ${PACKAGES[engine]}`);
  }
  // Firefox opens its downloads panel after a download, and the panel takes the keyboard focus from the page.
  const options = engine === "firefox"
    ? { browser: "firefox", extraPrefsFirefox: { "browser.download.alwaysOpenPanel": false } }
    : { browser: "chrome", args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] };
  const browser = await puppeteer.launch({
    ...options, executablePath: BINARIES[engine], headless: true, defaultViewport: VIEWPORT,
    protocolTimeout: timeout * 3,
  });
  return {
    version: () => browser.version(),
    open: (downloads) => open(browser, { collector, timeout, downloads }),
    close: () => browser.close(),
  };
}

async function open(browser, { collector, timeout, downloads }) {
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: "allow", downloadPath: downloads } });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.setDefaultNavigationTimeout(timeout * 3);
  await page.evaluateOnNewDocument(collector);
  return new PuppeteerPage(context, page, downloads);
}

class PuppeteerPage {
  constructor(context, page, downloads) {
    this.context = context;
    this.downloads = downloads;
    this.page = page;
  }

  goto(url) {
    return this.page.goto(url, { waitUntil: "load" });
  }

  reload() {
    return this.page.reload({ waitUntil: "load" });
  }

  url() {
    return this.page.url();
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  probe(target) {
    return this.page.evaluate(`${PROBE}(${JSON.stringify(target)})`);
  }

  /* The element for target (an ElementHandle, or null) with what probe() tells. */
  async locate(target) {
    const result = await this.page.evaluateHandle(`${LOCATE}(${JSON.stringify(target)})`);
    try {
      const [facts, element] = await Promise.all([
        result.evaluate((found) => ({ count: found.count, described: found.described, missing: found.missing })),
        result.getProperty("element"),
      ]);
      return { ...facts, element: element.asElement() };
    } finally {
      await result.dispose();
    }
  }

  click(element) {
    return element.click();
  }

  href(element) {
    return element.evaluate((link) => link.href);
  }

  type(element, text) {
    return element.type(text);
  }

  upload(element, path) {
    return element.uploadFile(path);
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  async screenshot(path) {
    fs.writeFileSync(path, await this.page.screenshot());
  }

  close() {
    return this.context.close();
  }
}
