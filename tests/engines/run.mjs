#!/usr/bin/env node
/* Run the learner flows in Firefox ESR, WebKitGTK or Chromium against a served course.
 *
 *   node tests/engines/run.mjs --engine firefox --base http://127.0.0.1:8000/ --course course.json --flow quiz
 *
 * --course names the JSON that tests/engines/course_pages.py writes: the page list and the
 * page each flow starts on. With one or more --flow, run those, print their log and exit
 * 0 when all passed. Without --flow, read flow names from standard input, one a line, and
 * answer each with one JSON line on standard output (how pytest keeps one browser per engine
 * for the whole session): {flow, engine, browser, ok, failure, log, problems: {errors, csp}, seconds}.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";

import * as puppeteerEngine from "./adapters/puppeteer.mjs";
import * as webkitEngine from "./adapters/webkit.mjs";
import { Browser } from "./browser.mjs";
import { FLOWS } from "./flows/index.mjs";

const HERE = path.dirname(new URL(import.meta.url).pathname);
const LAUNCHERS = { firefox: puppeteerEngine, chromium: puppeteerEngine, webkit: webkitEngine };

const { values: options } = parseArgs({
  options: {
    engine: { type: "string" },
    base: { type: "string" },
    course: { type: "string" },
    flow: { type: "string", multiple: true, default: [] },
    out: { type: "string" },
    timeout: { type: "string", default: "20" },
  },
});

function usage(problem) {
  process.stderr.write(`${problem}\nusage: run.mjs --engine ${Object.keys(LAUNCHERS).join("|")} --base URL ` +
    `--course FILE [--flow ${Object.keys(FLOWS).join("|")}]... [--out DIR] [--timeout SECONDS]\n`);
  process.exit(2);
}

if (!LAUNCHERS[options.engine]) usage(`unknown --engine ${options.engine}`);
if (!options.base || !options.course) usage("--base and --course are required");
for (const flow of options.flow) if (!FLOWS[flow]) usage(`unknown --flow ${flow}`);

const base = options.base.endsWith("/") ? options.base : `${options.base}/`;
const course = JSON.parse(fs.readFileSync(options.course, "utf-8"));
const timeout = Number(options.timeout) * 1000;
const out = options.out || fs.mkdtempSync(path.join(os.tmpdir(), `swan-${options.engine}-`));
fs.mkdirSync(out, { recursive: true });
const say = (line) => process.stderr.write(`[${options.engine}] ${line}\n`);

/* Give a promise a deadline (closing a hung browser must not hang the run). */
function within(ms, promise, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

async function start() {
  const collector = fs.readFileSync(path.join(HERE, "collector.js"), "utf-8");
  const home = path.join(out, "home");
  fs.mkdirSync(home, { recursive: true });
  const engine = await within(timeout * 6, LAUNCHERS[options.engine].launch(options.engine, { collector, home, timeout, log: say }),
    `starting ${options.engine}`);
  engine.name = await engine.version();
  say(`started ${engine.name}`);
  return engine;
}

/* A fresh browser session for a flow. On a loaded machine WebKitWebDriver once hung on a new session for
 * over a minute while the sessions before and after opened at once: a session that does not open in time is
 * given up (and closed should it still come) and one more is tried, which the flow's log says. The flow
 * itself never runs twice. */
async function openSession(engine, downloads, log) {
  for (let attempt = 1; ; attempt += 1) {
    const opening = engine.open(downloads);
    try {
      return await within(timeout * 3, opening, "opening a fresh browser session");
    } catch (error) {
      opening.then((late) => late.close()).catch(() => {});
      if (attempt === 2) throw error;
      log.push(`(${error.message}; opening another)`);
    }
  }
}

async function runFlow(engine, name) {
  const started = Date.now();
  const log = [];
  const result = { flow: name, engine: options.engine, browser: engine.name, ok: false, failure: null, log,
    problems: { errors: [], csp: [] } };
  const downloads = path.join(out, `${name}-downloads`);
  fs.rmSync(downloads, { recursive: true, force: true });
  fs.mkdirSync(downloads, { recursive: true });
  let page = null;
  let browser = null;
  try {
    page = await openSession(engine, downloads, log);
    browser = new Browser(page, { base, timeout, log: (line) => log.push(line) });
    await FLOWS[name](browser, course);
    await browser.collect();
    result.problems = browser.problems;
    await browser.step("No script error on the pages visited", async () => {
      if (browser.problems.errors.length) throw new Error(browser.problems.errors.join("\n"));
    });
    result.ok = true;
  } catch (error) {
    result.failure = error.message;
    if (browser) result.problems = browser.problems;
    if (page) await record(page, name, log);
  } finally {
    if (page) await within(timeout, page.close(), "closing the session").catch((error) => log.push(`(${error.message})`));
  }
  if (result.problems.csp.length) {
    log.push(`CSP   ${result.problems.csp.length} violation(s):`);
    for (const violation of result.problems.csp) log.push(`      ${JSON.stringify(violation)}`);
  }
  result.seconds = Math.round((Date.now() - started) / 100) / 10;
  return result;
}

/* Where the page was and what it looked like when the flow failed. */
async function record(page, name, log) {
  try {
    log.push(`at    ${await within(timeout, page.url(), "reading the URL")}`);
    const file = path.join(out, `${options.engine}-${name}.png`);
    await within(timeout, page.screenshot(file), "taking a screenshot");
    log.push(`shot  ${file}`);
  } catch (error) {
    log.push(`(no screenshot: ${error.message})`);
  }
}

function failedToStart(name, error) {
  return { flow: name, engine: options.engine, ok: false, failure: `${options.engine} did not start: ${error.message}`,
    log: [], problems: { errors: [], csp: [] }, seconds: 0 };
}

async function main() {
  let engine = null;
  let startError = null;
  try {
    engine = await start();
  } catch (error) {
    startError = error;
    say(`could not start: ${error.stack || error.message}`);
  }
  const run = (name) => (engine ? runFlow(engine, name) : failedToStart(name, startError));
  let failed = 0;
  try {
    if (options.flow.length) {
      for (const name of options.flow) {
        const result = await run(name);
        process.stdout.write(`${options.engine} ${name}: ${result.ok ? "passed" : "FAILED"} in ${result.seconds} s\n`);
        for (const line of result.log) process.stdout.write(`  ${line}\n`);
        if (!result.ok) {
          process.stdout.write(`  ${result.failure}\n`);
          failed += 1;
        }
      }
    } else {
      for await (const line of readline.createInterface({ input: process.stdin })) {
        const name = line.trim();
        if (!name) continue;
        const result = FLOWS[name] ? await run(name) : { flow: name, ok: false, failure: `no flow named ${name}` };
        process.stdout.write(`${JSON.stringify(result)}\n`);
      }
    }
  } finally {
    if (engine) await within(timeout * 3, engine.close(), "closing the browser").catch((error) => say(error.message));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
