/* A learner answers a single-choice, a multiple-choice and a fill-in question, reloads the
 * page, and finds the answers and their feedback still there. */
import { answer, expectAnswered, questionsOnPage } from "./quiz-questions.mjs";

const KINDS = ["single", "multiple", "fill-in"];

export async function quiz(browser, course) {
  await browser.step(`Open the quiz page ${course.quiz}`, () => browser.goto(course.quiz));
  const questions = await browser.step("Find a single-choice, a multiple-choice and a fill-in question", async () => {
    const all = await questionsOnPage(browser);
    return KINDS.map((kind) => {
      const question = all.find((candidate) => candidate.kind === kind);
      if (!question) throw new Error(`${course.quiz} has no ${kind} question`);
      return question;
    });
  });
  const answers = [];
  for (const question of questions) {
    const correct = question.kind !== "single";  // one wrong answer: its feedback must come back too
    answers.push(await browser.step(`Answer the ${question.kind} question ${question.testid} ${correct ? "right" : "wrong"}: feedback shows`,
      () => answer(browser, question, correct)));
  }
  await browser.step("Reload the page", () => browser.reload());
  for (const [index, question] of questions.entries()) {
    await browser.step(`After the reload the ${question.kind} answer and its feedback are still shown`,
      () => expectAnswered(browser, question, answers[index]));
  }
}
