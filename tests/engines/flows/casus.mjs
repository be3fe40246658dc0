/* A learner makes the first decision of a casus, reads the feedback on that choice only, and
 * finds choice and feedback again after a reload. */

export async function casus(browser, course) {
  await browser.step(`Open the casus ${course.casus}`, () => browser.goto(course.casus));
  const decision = await browser.step("Find the first decision point", () => browser.evaluate(() => {
    const point = document.querySelector(".swan-decision[data-testid]");
    if (!point) return null;
    const paragraph = (feedback) => feedback.querySelector("p:last-of-type").textContent.replace(/\s+/g, " ").trim();
    return { testid: point.getAttribute("data-testid"), feedback: Array.from(point.querySelectorAll(".swan-decision__feedback"), paragraph) };
  }).then((found) => found || Promise.reject(new Error(`${course.casus} has no decision point with a test id`))));
  const within = { testid: decision.testid };
  const chosen = 1;
  const others = decision.feedback.filter((_, index) => index !== chosen);

  // The options come in a new order on every visit; find where the option with this value is now.
  const place = () => browser.evaluate((testid, value) => Array.from(
    document.querySelectorAll(`[data-testid="${testid}"] input[type="radio"]`)).findIndex((input) => input.value === value),
  decision.testid, String(chosen));

  const feedbackShown = async (words) => {
    await browser.expectText(within, decision.feedback[chosen]);
    const seen = await browser.look(within);
    const wrong = others.find((text) => seen.text.includes(text));
    if (wrong) throw new Error(`${words}, feedback on another option is shown too: "${wrong}"`);
  };

  await browser.step(`Choose option ${chosen + 1} in ${decision.testid}`, async () => browser.check({ role: "radio", within, nth: await place() }));
  await browser.step("Ask for the feedback: the feedback on that option, and only that one, shows", async () => {
    await browser.click({ role: "button", name: "Bekijk de feedback", within });
    await feedbackShown("after choosing");
  });
  await browser.step("Reload the page", () => browser.reload());
  await browser.step("After the reload the choice and its feedback are still shown", async () => {
    await browser.expectChecked({ role: "radio", within, nth: await place() });
    await feedbackShown("after the reload");
  });
}
