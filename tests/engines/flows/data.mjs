/* A learner saves their progress in a file on the privacy page, erases everything, chooses
 * the file again, and finds the answer back on the quiz page. */
import { answer, expectAnswered, questionsOnPage } from "./quiz-questions.mjs";

/* Each data control says what happened right below it. */
const MESSAGE = {
  export: { testid: "swan-export-message" },
  erase: { testid: "swan-erase-message" },
  import: { testid: "swan-import-message" },
};

function storedItems(browser) {
  return browser.evaluate(() => window.swanStore.snapshot().items);
}

/* JSON with sorted keys: the same data in any key order gives the same text. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function same(a, b) {
  return canonical(a) === canonical(b);
}

export async function data(browser, course) {
  await browser.step(`Open the quiz page ${course.quiz}`, () => browser.goto(course.quiz));
  const question = await browser.step("Answer its first question", async () => {
    const [first] = await questionsOnPage(browser);
    if (!first) throw new Error(`${course.quiz} has no question`);
    return { question: first, given: await answer(browser, first, true) };
  });
  await browser.step(`Open the privacy page ${course.privacy}`, () => browser.goto(course.privacy));
  const before = await browser.step("The answer is in the learner's data", async () => {
    const items = await storedItems(browser);
    if (!Object.keys(items).some((key) => key.startsWith("vraag:"))) throw new Error(`no vraag: item in ${JSON.stringify(items)}`);
    return items;
  });
  const file = await browser.step("Save the progress in a file: the download holds the same data", async () => {
    await browser.click({ testid: "swan-export" });
    await browser.expectText(MESSAGE.export, "Je voortgang is bewaard in een bestand.");
    const saved = await browser.downloadedJson(/^swan-voortgang-.*\.json$/);
    if (!same(saved.data.data.items, before)) throw new Error(`the file holds ${JSON.stringify(saved.data.data.items)}`);
    return saved.file;
  });
  await browser.step("Erase everything, and confirm with Enter (the focus is on the confirm button)", async () => {
    await browser.click({ testid: "swan-erase" });
    await browser.expectVisible({ role: "button", name: "Ja, wis alles" });
    await browser.press("Enter");
    await browser.expectText(MESSAGE.erase, "Alles is gewist.");
    const left = await storedItems(browser);
    if (Object.keys(left).length) throw new Error(`still stored: ${JSON.stringify(left)}`);
  });
  await browser.step("Choose the saved file: the progress is back", async () => {
    await browser.upload({ label: "Kies een voortgangsbestand" }, file);
    await browser.expectText(MESSAGE.import, "Je voortgang is teruggezet.");
    const after = await storedItems(browser);
    if (!same(after, before)) throw new Error(`restored ${JSON.stringify(after)}, saved ${JSON.stringify(before)}`);
  });
  await browser.step("The quiz page shows the answer and its feedback again", async () => {
    await browser.goto(course.quiz);
    await expectAnswered(browser, question.question, question.given);
  });
}
