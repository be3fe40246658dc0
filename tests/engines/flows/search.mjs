/* A learner searches for a word, sees a result and opens it. */

const WORD = "casussen";
const STEM = "casus";  // the Dutch search language may match "casus" for "casussen"
const RESULTS = { css: "[data-md-component=search-result]" };  // Material's documented component hook

export async function search(browser) {
  await browser.step("Open the home page", () => browser.goto(""));
  await browser.step(`Type "${WORD}" in the search field`, async () => {
    await browser.click({ role: "textbox", name: "Zoeken" });
    await browser.type({ role: "textbox", name: "Zoeken" }, WORD);
  });
  const first = { role: "link", within: RESULTS, nth: 0 };
  // The search worker builds its index first: seconds on a busy machine.
  await browser.step("A result appears", () => browser.expect(first, `to mention "${STEM}"`,
    (seen) => seen.text.toLowerCase().includes(STEM), browser.timeout * 3));
  await browser.step("Open the first result: its page opens", async () => {
    const target = new URL(await browser.followLink(first));
    await browser.until(`the page ${target.pathname} to open`, async () => {
      const now = new URL(await browser.page.url());
      return now.pathname === target.pathname || { ok: false, last: now.href };
    });
  });
}
