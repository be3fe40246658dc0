/* A learner who finished the modules passes the eindtoets and makes the bewijs van deelname.
 *
 * Today the eindtoets page embeds all questions as quizzes; an exam mode with a hand-in
 * button will replace it. Everything about the eindtoets itself is in takeEindtoets(): rewrite
 * that function then, the rest stays. */
import { answer, questionsOnPage } from "./quiz-questions.mjs";

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

/* Answer every eindtoets question right; the page says the learner passed with 100%. */
async function takeEindtoets(browser, course) {
  await browser.step(`Open the eindtoets ${course.eindtoets}`, () => browser.goto(course.eindtoets));
  const questions = await browser.step("Find the eindtoets questions", async () => {
    const found = await questionsOnPage(browser);
    if (!found.length) throw new Error(`${course.eindtoets} has no questions`);
    return found;
  });
  for (const [index, question] of questions.entries()) {
    await browser.step(`Answer question ${index + 1} of ${questions.length} (${question.testid}) right`,
      () => answer(browser, question, true));
  }
  await browser.step("The result says 100% and geslaagd", async () => {
    await browser.expectText({ testid: "swan-eindtoets-score" }, "Je score: 100%");
    await browser.expectText({ testid: "swan-eindtoets-score" }, "Je bent geslaagd");
  });
}
