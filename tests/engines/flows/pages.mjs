/* Every page of the course opens: the runner then reports script errors and CSP violations
 * (tests/engines/test_engine_pages.py: none of either). */

export async function pages(browser, course) {
  for (const page of course.pages) {
    await browser.step(`Open ${page || "the home page"}`, () => browser.goto(page));
  }
}
