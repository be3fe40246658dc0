/* A learner types a note and ticks a box in the gespreksleidraad, reloads and finds both;
 * then starts the timer of round 1 and sees it count down. */

const NOTE = "Een bewoner van 80 woont alleen; zijn dochter belt één keer per week. <b>geen opmaak</b>";

function clockSeconds(text) {
  const match = /^(\d+):(\d\d)$/.exec(text || "");
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export async function leidraad(browser, course) {
  const within = { testid: "leidraad" };
  const note = { role: "textbox", within, nth: 0 };
  const box = { role: "checkbox", within, nth: 0 };
  await browser.step(`Open the gespreksleidraad ${course.leidraad}`, () => browser.goto(course.leidraad));
  await browser.step("Type a note in the first question and tick the first box", async () => {
    await browser.type(note, NOTE);
    await browser.expectValue(note, NOTE);
    await browser.check(box);
  });
  await browser.step("Reload the page", () => browser.reload());
  await browser.step("After the reload the note and the ticked box are still there", async () => {
    await browser.expectValue(note, NOTE);
    await browser.expectChecked(box);
  });

  const clock = { role: "timer", nth: 0 };
  const start = await browser.step("The first round timer shows its full time", async () => {
    const seen = await browser.look(clock);
    if (clockSeconds(seen.text) === null) throw new Error(`the timer shows "${seen.text}", not minutes:seconds`);
    return clockSeconds(seen.text);
  });
  await browser.step("Start the timer of round 1", () => browser.click({ role: "button", nameStarts: "Start de timer", nth: 0 }));
  await browser.step("The timer counts down", () => browser.expect(clock, `to count down from ${start} s`, (seen) => {
    const now = clockSeconds(seen.text);
    return now !== null && now < start;
  }));
  await browser.step("Stop the timer: its start button comes back", async () => {
    await browser.click({ role: "button", name: "Stop de timer" });
    await browser.expectGone({ role: "button", name: "Stop de timer" });
    await browser.expectVisible({ role: "button", nameStarts: "Start de timer", nth: 0 });
  });
}
