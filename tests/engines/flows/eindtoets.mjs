/* A learner who finished the modules passes the eindtoets and makes the bewijs van deelname.
 *
 * The eindtoets is an exam: an attempt draws items from the pool, the learner answers them all
 * and hands the test in; only then does the page load its answer key. The flow reads that key
 * itself (over HTTP, as a file of the site) to know the right answers. */

const NAME = "Fatima de Vries";

export async function eindtoets(browser, course) {
  await browser.step("Open the home page; mark every module page read and question answered (window.swanStore)", async () => {
    await browser.goto("");
    // The modules have flows of their own; through the UI this would be some 100 questions on 30 pages.
    await browser.evaluate(() => {
      for (const module of window.swanCourseMap.modules) {
        for (const page of module.pages) window.swanStore.set(`bezocht:${page.src}`, true);
        for (const ref of module.questions) window.swanStore.set(`vraag:${ref}`, { correct: true, antwoord: [] });
      }
    });
  });
  await takeEindtoets(browser, course);
  await browser.step(`Open the bewijs van deelname ${course.bewijs}`, () => browser.goto(course.bewijs));
  await browser.step("Type a name and make the bewijs: it shows the name and the score", async () => {
    await browser.type({ label: "Je naam zoals die op het bewijs moet staan" }, NAME);
    await browser.click({ role: "button", name: "Maak je bewijs" });
    await browser.expectText({ testid: "swan-certificate-name" }, NAME);
    await browser.expectText({ testid: "swan-certificate" }, "100% goed");
  });
  await browser.step("Reload: the bewijs is shown straight away", async () => {
    await browser.reload();
    await browser.expectText({ testid: "swan-certificate-name" }, NAME);
  });
}

/* The answer key of the eindtoets, read from the site as the page reads it at hand-in. */
async function answerKey(browser) {
  const response = await fetch(browser.url("assets/eindtoets-sleutel.js"));
  const text = await response.text();
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)).items;
}

/* Start an attempt, answer every drawn item right and hand it in; the page says the learner passed with 100%. */
async function takeEindtoets(browser, course) {
  await browser.step(`Open the eindtoets ${course.eindtoets}`, () => browser.goto(course.eindtoets));
  await browser.step("Start an attempt", () => browser.click({ testid: "swan-exam-start" }));
  const key = await browser.step("Read the answer key", () => answerKey(browser));
  const drawn = await browser.step("Find the drawn items", async () => {
    const found = await browser.evaluate(() => Array.from(
      document.querySelectorAll(".swan-exam [data-item]:not([hidden])"),
      (item) => ({ id: item.getAttribute("data-item"), testid: item.getAttribute("data-testid") })));
    if (!found.length) throw new Error(`${course.eindtoets} drew no items`);
    return found;
  });
  for (const [index, item] of drawn.entries()) {
    const right = key[item.id];
    const within = { testid: item.testid };
    await browser.step(`Answer item ${index + 1} of ${drawn.length} (${item.id}) right`, async () => {
      if (right.type === "fill-in") {
        await browser.type({ role: "textbox", within }, right.answer);
        return;
      }
      // The attempt shows the options in an order of its own; the key names them by value.
      const places = await browser.evaluate((testid, values) => {
        const inputs = Array.from(document.querySelector(`[data-testid="${testid}"]`).querySelectorAll("input"));
        return values.map((value) => inputs.findIndex((input) => Number(input.value) === value));
      }, item.testid, right.correct);
      for (const nth of places) await browser.check({ role: right.type === "multiple" ? "checkbox" : "radio", within, nth });
    });
  }
  await browser.step("Hand the test in: the result says 100% and geslaagd", async () => {
    await browser.click({ testid: "swan-exam-handin" });
    await browser.expectText({ testid: "swan-exam-score" }, "Je score: 100%");
    await browser.expectText({ testid: "swan-exam-score" }, "Je bent geslaagd");
  });
}
