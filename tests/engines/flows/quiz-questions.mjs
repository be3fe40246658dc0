/* The quiz questions of a page and how a learner answers one (mkdocs-quiz's markup: each
 * question has the test id vraag-<bank>-<question>; right options carry data-correct, a
 * fill-in blank its answer in data-answer, which the quiz's own script reads too). */

/* Every question on the page: its test id, kind, options (their values, in the order shown), right options and blanks. */
export function questionsOnPage(browser) {
  return browser.evaluate(() => Array.from(document.querySelectorAll(".swan-question[data-testid]"), (question) => {
    const options = Array.from(question.querySelectorAll("input[name=answer]"));
    const blanks = Array.from(question.querySelectorAll("input[data-answer]"));
    return {
      testid: question.getAttribute("data-testid"),
      kind: blanks.length ? "fill-in" : options.some((option) => option.type === "checkbox") ? "multiple" : "single",
      options: options.length,
      values: options.map((option) => option.value),
      correct: options.flatMap((option, index) => (option.hasAttribute("data-correct") ? [index] : [])),
      blanks: blanks.map((blank) => blank.getAttribute("data-answer")),
    };
  }));
}

/* What the learner does for an answer: the options to tick (by value: the quiz shows the options in a new
 * order each time the page opens, and may still be ordering them) or the words to type. */
export function chooseAnswer(question, correct) {
  if (question.kind === "fill-in") return { typed: question.blanks.map((right) => (correct ? right : "fout antwoord")) };
  const wrong = [...Array(question.options).keys()].filter((index) => !question.correct.includes(index));
  const ticked = correct ? question.correct : wrong.slice(0, 1);
  return { values: ticked.map((index) => question.values[index]) };
}

function option(within, value) {
  return { css: `input[name=answer][value="${value}"]`, within };
}

/* Answer through the form and press Controleer; return the feedback the learner then sees. */
export async function answer(browser, question, correct) {
  const within = { testid: question.testid };
  const chosen = chooseAnswer(question, correct);
  for (const [nth, words] of (chosen.typed || []).entries()) {
    await browser.type({ role: "textbox", within, nth }, words);
  }
  for (const value of chosen.values || []) await browser.check(option(within, value));
  await browser.click({ role: "button", name: "Controleer", within });
  await browser.expect({ role: "status", within }, "to show feedback", (seen) => seen.text.length > 0);
  return { chosen, feedback: await feedbackItems(browser, question.testid) };
}

/* The feedback items shown, sorted: a multiple-choice answer has one per ticked option, in the options' order. */
function feedbackItems(browser, testid) {
  return browser.evaluate((id) => Array.from(document.querySelectorAll(`[data-testid="${id}"] [role=status] > *`),
    (item) => item.textContent.replace(/\s+/g, " ").trim()).sort(), testid);
}

/* After a reload: the same options ticked (wherever they are now) or words in the blanks, and the same feedback. */
export async function expectAnswered(browser, question, { chosen, feedback }) {
  const within = { testid: question.testid };
  for (const [nth, words] of (chosen.typed || []).entries()) {
    await browser.expectValue({ role: "textbox", within, nth }, words);
  }
  for (const value of chosen.values || []) await browser.expectChecked(option(within, value));
  await browser.expect({ role: "status", within }, "to show feedback", (seen) => seen.text.length > 0);
  let shown = [];
  for (let tries = 0; tries < 40 && JSON.stringify(shown) !== JSON.stringify(feedback); tries += 1) {
    if (tries) await new Promise((resolve) => { setTimeout(resolve, 250); });
    shown = await feedbackItems(browser, question.testid);
  }
  if (JSON.stringify(shown) !== JSON.stringify(feedback)) {
    throw new Error(`the feedback shown is ${JSON.stringify(shown)}, before the reload ${JSON.stringify(feedback)}`);
  }
}
