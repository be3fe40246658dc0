/* Find elements as a learner (or a screen reader) names them: by role and accessible name,
 * by label, or by data-testid. The same function runs inside every engine's page, sent as
 * source by the adapters (Function.prototype.toString), so it must not use anything from
 * this module's scope.
 *
 * A target is a plain object:
 *   {testid: "swan-export"}
 *   {role: "button", name: "Controleer"}          exact accessible name (whitespace folded)
 *   {role: "button", nameStarts: "Start de timer"}
 *   {label: "Kies een voortgangsbestand"}         a form control by its label
 *   {css: "[data-md-component=search-result]"}    only where the page offers no role, label or test id
 * with optional   within: <target>   (search inside the one element it finds)
 *                 nth: <index>        (take one of several matches instead of requiring exactly one)
 * Only rendered elements count (display, visibility, size), as for a sighted learner.
 *
 * Returns {count, element, described}: element is the match (or null when there is none or
 * the target is ambiguous), described says in words what was looked for (describe() below).
 */
export function locate(target, describe) {
  const IMPLICIT = {
    button: "button, input[type=button], input[type=submit], input[type=reset], input[type=image], summary",
    link: "a[href], area[href]",
    radio: "input[type=radio]",
    checkbox: "input[type=checkbox]",
    textbox: "textarea, input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url]",
    searchbox: "input[type=search]",
    heading: "h1, h2, h3, h4, h5, h6",
    status: "output",
    list: "ul, ol",
    listitem: "li",
    navigation: "nav",
    main: "main",
    dialog: "dialog",
  };
  const NAME_FROM_CONTENT = "button, a, summary, h1, h2, h3, h4, h5, h6, [role=button], [role=link], " +
    "[role=heading], [role=tab], [role=menuitem], [role=option], [role=radio], [role=checkbox], [role=switch]";
  const CONTROLS = "input:not([type=hidden]), textarea, select";

  const fold = (text) => String(text || "").replace(/\s+/g, " ").trim();

  function visible(element) {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  }

  function accessibleName(element) {
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) {
      return fold(labelledBy.split(/\s+/).map((id) => document.getElementById(id))
        .filter(Boolean).map((node) => node.textContent).join(" "));
    }
    const label = element.getAttribute("aria-label");
    if (label && label.trim()) return fold(label);
    if (element.labels && element.labels.length) {
      return fold(Array.from(element.labels, (node) => node.innerText || node.textContent).join(" "));
    }
    if (element.matches("input[type=button], input[type=submit], input[type=reset]")) return fold(element.value);
    if (element.matches(NAME_FROM_CONTENT)) return fold(element.innerText || element.textContent);
    return fold(element.getAttribute("title") || element.getAttribute("placeholder"));
  }

  function hasRole(element, role) {
    const explicit = fold(element.getAttribute("role")).split(" ")[0];
    if (explicit) return explicit === role;
    return Boolean(IMPLICIT[role]) && element.matches(IMPLICIT[role]);
  }

  function candidates(t, root) {
    if (t.testid) return root.querySelectorAll(`[data-testid="${CSS.escape(t.testid)}"]`);
    if (t.css) return root.querySelectorAll(t.css);
    if (t.label) {
      return Array.from(root.querySelectorAll(CONTROLS)).filter((node) => accessibleName(node) === fold(t.label));
    }
    const selector = `[role]${IMPLICIT[t.role] ? ", " + IMPLICIT[t.role] : ""}`;
    return Array.from(root.querySelectorAll(selector)).filter((node) => {
      if (!hasRole(node, t.role)) return false;
      if (t.name !== undefined) return accessibleName(node) === fold(t.name);
      if (t.nameStarts !== undefined) return accessibleName(node).startsWith(fold(t.nameStarts));
      return true;
    });
  }

  function find(t) {
    let root = document;
    if (t.within) {
      const outer = find(t.within);
      if (!outer.element) return { count: 0, element: null, described: describe(t), missing: outer.described };
      root = outer.element;
    }
    const matches = Array.from(candidates(t, root)).filter(visible);
    const element = t.nth !== undefined ? matches[t.nth] || null : matches.length === 1 ? matches[0] : null;
    return { count: matches.length, element, described: describe(t) };
  }

  return find(target);
}


/* A target in words, for messages: 'button "Controleer" in [data-testid="vraag-x"]'. */
export function describe(target) {
  let words;
  if (target.testid) words = `[data-testid="${target.testid}"]`;
  else if (target.label) words = `the field labelled "${target.label}"`;
  else if (target.role && target.name !== undefined) words = `${target.role} "${target.name}"`;
  else if (target.role && target.nameStarts !== undefined) words = `${target.role} "${target.nameStarts}…"`;
  else if (target.role) words = `a ${target.role}`;
  else words = `the element at css ${target.css}`;
  if (target.nth !== undefined) words = `#${target.nth + 1} of ${words}`;
  return target.within ? `${words} in ${describe(target.within)}` : words;
}

/* What a learner sees of the element for target, as plain data: one round trip per look. */
export function probe(target, find) {
  const found = find(target);
  const element = found.element;
  return {
    count: found.count,
    described: found.described,
    missing: found.missing || null,
    found: Boolean(element),
    text: element ? String(element.innerText || "").replace(/\s+/g, " ").trim() : null,
    value: element && "value" in element ? element.value : null,
    checked: element ? Boolean(element.checked) : null,
    disabled: element ? Boolean(element.disabled) : null,
    href: element && element.href ? String(element.href) : null,
  };
}

/* Source text for the adapters: expressions that evaluate to the two functions in a page. */
export const LOCATE = `((target) => (${locate})(target, ${describe}))`;
export const PROBE = `((target) => (${probe})(target, ${LOCATE}))`;
