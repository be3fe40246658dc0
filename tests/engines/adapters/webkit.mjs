/* WebKitGTK through Debian's WebKitWebDriver, over classic WebDriver (selenium-webdriver).
 * One Xvfb and one WebKitWebDriver per run, with a fresh home folder
 * whose XDG download folder receives the downloads; every flow gets a new WebDriver session,
 * which is a new MiniBrowser with empty storage (automation mode keeps nothing on disk).
 *
 * Classic WebDriver cannot run a script before the page's own, so the CSP and error
 * collector comes with the page from the test server (tests/engines/engine_server.py). */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { Builder, Key } from "selenium-webdriver";

import { LOCATE, PROBE } from "../locate.mjs";
import { VIEWPORT } from "./puppeteer.mjs";

const DRIVER = process.env.SWAN_WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.SWAN_MINIBROWSER || findMiniBrowser();
const KEYS = { Enter: Key.ENTER, Tab: Key.TAB, Escape: Key.ESCAPE, Backspace: Key.BACK_SPACE, Space: Key.SPACE };

/* Debian puts MiniBrowser under the multiarch folder, e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/. */
function findMiniBrowser() {
  for (const dir of fs.readdirSync("/usr/lib")) {
    const candidate = path.join("/usr/lib", dir, "webkit2gtk-4.1", "MiniBrowser");
    if (fs.existsSync(candidate)) return candidate;
  }
  return "/usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser";
}

export async function launch(engine, { home, timeout, log }) {
  if (!fs.existsSync(MINIBROWSER)) {
    throw new Error(`${MINIBROWSER} is missing: scripts/install-test-tools installs Debian's webkit2gtk-driver`);
  }
  const children = [];
  const stop = () => children.reverse().forEach((child) => child.kill());
  try {
    const display = await startXvfb(children);
    const downloads = xdgHome(home);
    const port = await freePort();
    const env = {
      ...process.env, DISPLAY: display, HOME: home, XDG_CONFIG_HOME: path.join(home, "config"),
      XDG_DATA_HOME: path.join(home, "data"), XDG_CACHE_HOME: path.join(home, "cache"),
    };
    const driver = spawn(DRIVER, [`--port=${port}`], { env, stdio: ["ignore", "ignore", "pipe"] });
    children.push(driver);
    driver.stderr.on("data", (chunk) => log(`WebKitWebDriver: ${String(chunk).trim()}`));
    const server = `http://127.0.0.1:${port}`;
    await waitForDriver(server, driver, timeout * 3);
    return {
      version: async () => execFileSync(MINIBROWSER, ["--version"], { env, encoding: "utf-8", timeout }).trim(),
      open: () => open(server, { downloads, timeout }),
      close: async () => stop(),
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/* Start Xvfb on the first free display; -displayfd tells which one it took. */
function startXvfb(children) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1600x1200x24", "-nolisten", "tcp"],
      { stdio: ["ignore", "ignore", "pipe", "pipe"] });
    children.push(xvfb);
    let said = "";
    let complaints = "";
    xvfb.stderr.on("data", (chunk) => { complaints += chunk; });
    xvfb.stdio[3].on("data", (chunk) => {
      said += chunk;
      if (said.includes("\n")) resolve(`:${said.trim()}`);
    });
    xvfb.on("error", (error) => reject(new Error(`Xvfb could not start (apt package xvfb): ${error.message}`)));
    xvfb.on("exit", (code) => reject(new Error(`Xvfb stopped (exit ${code}): ${complaints.trim()}`)));
  });
}

/* A new home folder whose XDG download folder is <home>/downloads (MiniBrowser saves there). */
function xdgHome(home) {
  const downloads = path.join(home, "downloads");
  fs.mkdirSync(path.join(home, "config"), { recursive: true });
  fs.mkdirSync(downloads, { recursive: true });
  fs.writeFileSync(path.join(home, "config", "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  return downloads;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/* Poll the driver's /status until it answers (it takes a moment to listen). */
async function waitForDriver(server, driver, timeout) {
  let exited = null;
  driver.on("exit", (code) => { exited = code; });
  driver.on("error", (error) => { exited = error.message; });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`WebKitWebDriver stopped (${exited}); is the apt package webkit2gtk-driver installed?`);
    try {
      const answer = await fetch(`${server}/status`);
      if (answer.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on ${server} within ${timeout / 1000} s`);
}

async function open(server, { downloads, timeout }) {
  for (const name of fs.readdirSync(downloads)) fs.rmSync(path.join(downloads, name), { recursive: true });
  const driver = await new Builder().usingServer(server).withCapabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
  }).build();
  await driver.manage().setTimeouts({ pageLoad: timeout * 3, script: timeout, implicit: 0 });
  await driver.manage().window().setRect({ x: 0, y: 0, ...VIEWPORT });
  return new WebDriverPage(driver, downloads);
}

class WebDriverPage {
  constructor(driver, downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  goto(url) {
    return this.driver.get(url);
  }

  reload() {
    return this.driver.navigate().refresh();
  }

  url() {
    return this.driver.getCurrentUrl();
  }

  evaluate(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  probe(target) {
    return this.driver.executeScript(`return ${PROBE}(arguments[0]);`, target);
  }

  async locate(target) {
    const found = await this.driver.executeScript(`return ${LOCATE}(arguments[0]);`, target);
    return { count: found.count, described: found.described, missing: found.missing, element: found.element || null };
  }

  click(element) {
    return element.click();
  }

  href(element) {
    return this.driver.executeScript("return arguments[0].href;", element);
  }

  type(element, text) {
    return element.sendKeys(text);
  }

  upload(element, file) {
    return element.sendKeys(file);
  }

  press(key) {
    return this.driver.actions().sendKeys(KEYS[key] || key).perform();
  }

  async screenshot(file) {
    fs.writeFileSync(file, Buffer.from(await this.driver.takeScreenshot(), "base64"));
  }

  close() {
    return this.driver.quit();
  }
}
