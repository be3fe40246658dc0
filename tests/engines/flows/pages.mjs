/* Every page of the course opens: the runner then reports script errors (a failure) and CSP
 * violations (listed; the zero-violations check comes with the CSP, issue 12 part 2). */

export async function pages(browser, course) {
  for (const page of course.pages) {
    await browser.step(`Open ${page || "the home page"}`, () => browser.goto(page));
  }
}
