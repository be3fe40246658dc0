/* What a flow can do with a page, the same in every engine: open and reload pages, act on
 * elements found by role, label or test id (locate.mjs), and wait for what the learner should
 * see. Every wait has a deadline and polls the page; nothing sleeps for a fixed time.
 * A flow is a list of named steps: the first step that fails ends the flow with one message. */
import fs from "node:fs";
import path from "node:path";

import { describe } from "./locate.mjs";

const POLL_MS = 100;

export class StepFailed extends Error {}

/* A target that matches several elements: waiting will not help, so it fails at once. */
class Ambiguous extends Error {}

function ambiguity(found, target) {
  if (found.count > 1 && target.nth === undefined) {
    throw new Ambiguous(`${found.count} elements match ${found.described}; name one (within or nth)`);
  }
}

export class Browser {
  constructor(page, { base, timeout, log }) {
    this.page = page;
    this.base = base;
    this.timeout = timeout;
    this.log = log;
    this.problems = { errors: [], csp: [] };
  }

  /* ---------- steps ---------- */

  async step(title, action) {
    const started = Date.now();
    try {
      const result = await action();
      this.log(`ok    ${title} (${seconds(started)} s)`);
      return result;
    } catch (error) {
      this.log(`FAIL  ${title} (${seconds(started)} s)`);
      throw new StepFailed(`${title}: ${error.message || error.name || String(error)}`, { cause: error });
    }
  }

  /* Poll check() until it returns something truthy; otherwise fail saying what was awaited and what was seen last. */
  async until(what, check, timeout = this.timeout) {
    const deadline = Date.now() + timeout;
    let last = null;
    for (;;) {
      let seen;
      try {
        seen = await check();
      } catch (error) {
        if (error instanceof Ambiguous) throw error;
        seen = null;
        last = error.message;  // the page was navigating, or the driver was busy: look again
      }
      if (seen && seen.ok !== false) return seen;
      if (seen && seen.last !== undefined) last = seen.last;
      if (Date.now() > deadline) {
        throw new Error(`waited ${timeout / 1000} s for ${what}${last === null ? "" : `; last seen: ${last}`}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /* ---------- pages ---------- */

  url(relative) {
    return new URL(relative, this.base).href;
  }

  async goto(relative) {
    await this.collect();
    await this.page.goto(this.url(relative));
  }

  async reload() {
    await this.collect();
    await this.page.reload();
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  /* Move the current page's CSP violations and script errors into this.problems. A page
   * without the collector (collector.js) counts as an error: its problems would go unseen. */
  async collect() {
    let found;
    try {
      found = await this.page.evaluate(() => {
        const seen = window.__swanEngines;
        if (location.protocol === "about:") return null;
        if (!seen) return { missing: location.href };
        return { csp: seen.csp.splice(0), errors: seen.errors.splice(0) };
      });
    } catch {
      return;  // no page yet, or it is navigating
    }
    if (!found) return;
    if (found.missing) {
      this.problems.errors.push(`${found.missing}: the CSP and error collector did not run (tests/engines/collector.js)`);
      return;
    }
    this.problems.csp.push(...found.csp);
    this.problems.errors.push(...found.errors);
  }

  /* ---------- acting on elements ---------- */

  /* Find target's one element, waiting until it is there; a target that matches several fails at once. */
  element(target) {
    return this.until(describe(target), async () => {
      const found = await this.page.locate(target);
      ambiguity(found, target);
      return found.element ? found : { ok: false, last: notFound(found) };
    });
  }

  /* Do action(element) on target's element; when the page replaced it meanwhile, find it again. */
  async act(target, action, verb) {
    const deadline = Date.now() + this.timeout;
    for (;;) {
      const found = await this.element(target);
      try {
        return await action(found.element);
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`could not ${verb} ${found.described}: ${error.message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async click(target) {
    await this.act(target, (element) => this.page.click(element), "click");
  }

  /* Click a link and return the address it had at that moment (a list may re-render meanwhile). */
  async followLink(target) {
    await this.collect();
    return this.act(target, async (element) => {
      const href = await this.page.href(element);
      await this.page.click(element);
      return href;
    }, "follow");
  }

  async type(target, text) {
    await this.act(target, (element) => this.page.type(element, text), "type into");
  }

  /* Tick a checkbox or choose a radio button, as a learner does: by clicking it. */
  async check(target) {
    const now = await this.look(target);
    if (!now.checked) await this.click(target);
    await this.expect(target, "to be checked", (seen) => seen.checked === true);
  }

  async upload(target, file) {
    await this.act(target, (element) => this.page.upload(element, file), "choose a file in");
  }

  /* Press a key where the focus is, e.g. "Enter". */
  press(key) {
    return this.page.press(key);
  }

  /* ---------- looking ---------- */

  /* What the learner sees of target now (waits until it is there). */
  async look(target) {
    return this.until(describe(target), async () => {
      const seen = await this.page.probe(target);
      ambiguity(seen, target);
      return seen.found ? seen : { ok: false, last: notFound(seen) };
    });
  }

  /* Wait until target's element satisfies test(seen); describe what that means in words. */
  async expect(target, words, test, timeout = this.timeout) {
    return this.until(`${describe(target)} ${words}`, async () => {
      const seen = await this.page.probe(target);
      ambiguity(seen, target);
      if (!seen.found) return { ok: false, last: notFound(seen) };
      return test(seen) ? seen : { ok: false, last: JSON.stringify({ text: seen.text, value: seen.value, checked: seen.checked }) };
    }, timeout);
  }

  expectText(target, text) {
    return this.expect(target, `to show "${text}"`, (seen) => seen.text.includes(text));
  }

  expectValue(target, value) {
    return this.expect(target, `to hold the value "${value}"`, (seen) => seen.value === value);
  }

  expectChecked(target) {
    return this.expect(target, "to be checked", (seen) => seen.checked === true);
  }

  expectVisible(target) {
    return this.expect(target, "to be visible", () => true);
  }

  /* Wait until no element matches target (gone or hidden). */
  async expectGone(target) {
    await this.until(`${describe(target)} to be hidden`, async () => {
      const seen = await this.page.probe(target);
      return seen.count === 0 ? true : { ok: false, last: `${seen.count} still shown` };
    });
  }

  /* ---------- files ---------- */

  /* The newest complete JSON download whose name matches pattern (browsers write partial files under other names). */
  async downloadedJson(pattern) {
    const folder = this.page.downloads;
    return this.until(`a downloaded file matching ${pattern} in ${folder}`, () => {
      const names = fs.readdirSync(folder).filter((name) => pattern.test(name));
      if (!names.length) return { ok: false, last: fs.readdirSync(folder).join(", ") || "nothing" };
      const file = path.join(folder, names.sort().at(-1));
      try {
        return { file, data: JSON.parse(fs.readFileSync(file, "utf-8")) };
      } catch (error) {
        return { ok: false, last: `${names.at(-1)} not yet complete (${error.message})` };
      }
    });
  }
}

function notFound(seen) {
  return seen.missing ? `there is no ${seen.missing}` : `${seen.count} shown`;
}

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1);
}
