/* SWAN course: search that works where Material's search worker cannot start.
 *
 * Opened from a file share (file://) the browser refuses Material's Web Worker,
 * and Material then hides its search box. This script shows the box again and
 * searches the index that Material loads there as a script
 * (search/search_index.js, written by src/swan_course/render/offline_search.py).
 * It fills Material's own result list, so it looks and works the same: results
 * per page, each under the page's title; type to search, Enter opens the first
 * result, arrow keys move through the results, Escape closes. The number of
 * pages found is announced (aria-live).
 * Over http(s) the worker starts and this script does nothing.
 */
(function () {
  "use strict";

  function readConfig() {
    try {
      return JSON.parse(document.getElementById("__config").textContent);
    } catch (error) {
      return { base: ".", translations: {} };
    }
  }

  /* Lower case, without accents: "beslissen" finds "beslíssen". */
  function fold(text) {
    return String(text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  /* Index text can hold a little markup (code, em); results are shown as plain text. */
  function plain(html) {
    return String(html || "").replace(/<[^>]*>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
      .replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
  }

  function terms(query) {
    return fold(query).split(/[^0-9a-z\u00c0-\u024f]+/).filter(function (term) { return term.length > 0; });
  }

  /* Every entry ready to search, and each page's own entry by its location (for its title). */
  function prepare(entries) {
    var docs = entries.map(function (doc) {
      var title = plain(doc.title), text = plain(doc.text);
      return { location: doc.location, title: title, text: text, titleKey: fold(title), textKey: fold(text) };
    });
    var pages = {};
    docs.forEach(function (doc) {
      if (doc.location.indexOf("#") === -1) pages[doc.location] = doc;
    });
    return { docs: docs, pages: pages };
  }

  function count(haystack, term) {
    var found = 0, at = haystack.indexOf(term);
    while (at !== -1 && found < 50) {
      found += 1;
      at = haystack.indexOf(term, at + term.length);
    }
    return found;
  }

  /* Every term must occur in the title or the text; title hits weigh most. */
  function search(docs, query) {
    var wanted = terms(query);
    if (!wanted.length) return [];
    var results = [];
    docs.forEach(function (doc) {
      var score = 0;
      for (var i = 0; i < wanted.length; i += 1) {
        var inTitle = count(doc.titleKey, wanted[i]), inText = count(doc.textKey, wanted[i]);
        if (!inTitle && !inText) return;
        score += inTitle * 10 + inText;
      }
      results.push({ doc: doc, score: score });
    });
    results.sort(function (a, b) { return b.score - a.score; });
    return results;
  }

  function snippet(doc, query) {
    var first = terms(query)[0] || "";
    var at = Math.max(0, doc.textKey.indexOf(first) - 60);
    var text = doc.text.slice(at, at + 200);
    if (at > 0) text = text.slice(text.indexOf(" ") + 1); /* start at a whole word */
    return (at > 0 ? "\u2026 " : "") + text + (doc.text.length > at + 200 ? " \u2026" : "");
  }

  function message(config, total) {
    var t = config.translations || {};
    if (total === 0) return t["search.result.none"] || "Geen resultaten";
    if (total === 1) return t["search.result.one"] || "1 resultaat";
    return (t["search.result.other"] || "# resultaten").replace("#", String(total));
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* One result as Material draws it: a link around an article with the page title (h1, with
   * Material's page icon) or a section title (h2), and a snippet of the text where it is shown. */
  function article(config, doc, score, isPage, query) {
    var link = element("a", "md-search-result__link");
    link.href = config.base.replace(/\/$/, "") + "/" + doc.location;
    var box = element("article", "md-search-result__article md-typeset");
    box.setAttribute("data-md-score", String(score));
    if (isPage) box.appendChild(element("div", "md-search-result__icon md-icon"));
    box.appendChild(element(isPage ? "h1" : "h2", "", doc.title));
    if (query !== null) box.appendChild(element("p", "", snippet(doc, query)));
    link.appendChild(box);
    return link;
  }

  /* The results per page, best page first: within a page its best hits first. */
  function groupByPage(found) {
    var groups = [], byPage = {};
    found.forEach(function (result) {
      var page = result.doc.location.split("#")[0];
      if (!byPage[page]) {
        byPage[page] = { page: page, results: [] };
        groups.push(byPage[page]);
      }
      byPage[page].results.push(result);
    });
    return groups;
  }

  /* As Material's own search shows a page (over http): the page's title first, so sections with
   * the same heading on different pages ("Signaal") can be told apart; then the section(s) that
   * match best, the other matches of the page behind "N extra overeenkomsten op deze pagina". */
  function renderPage(config, pages, group, query) {
    var t = config.translations || {};
    var item = element("li", "md-search-result__item");
    var top = group.results[0].score;
    var own = null, sections = [];
    group.results.forEach(function (result) {
      if (result.doc.location === group.page) own = result;
      else sections.push(result);
    });
    var best = sections.filter(function (result) { return result.score >= top; });
    var more = sections.slice(best.length);
    var page = pages[group.page] || group.results[0].doc;
    var pageIsBest = own !== null && own.score >= top && best.length === 0;
    item.appendChild(article(config, page, own ? own.score : 0, true, pageIsBest ? query : null));
    best.forEach(function (result) { item.appendChild(article(config, result.doc, result.score, false, query)); });
    if (more.length) {
      var details = element("details", "md-search-result__more");
      var summary = element("summary");
      summary.appendChild(element("div", "", more.length === 1
        ? t["search.result.more.one"] || "1 extra overeenkomst op deze pagina"
        : (t["search.result.more.other"] || "# extra overeenkomsten op deze pagina").replace("#", String(more.length))));
      details.appendChild(summary);
      more.forEach(function (result) { details.appendChild(article(config, result.doc, result.score, false, query)); });
      item.appendChild(details);
    }
    return item;
  }

  function renderResults(list, meta, config, index, found, query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!query.trim()) {
      meta.textContent = (config.translations || {})["search.result.placeholder"] || "";
      return;
    }
    var groups = groupByPage(found);
    meta.textContent = message(config, groups.length);
    groups.forEach(function (group) {
      list.appendChild(renderPage(config, index.pages, group, query));
    });
  }

  function setOpen(toggle, open) {
    if (toggle && toggle.checked !== open) {
      toggle.checked = open;
      toggle.dispatchEvent(new Event("change"));
    }
  }

  function start() {
    var box = document.querySelector('[data-md-component="search"]');
    if (!box || !box.hidden) return; /* Material's own search is running */
    var query = box.querySelector('[data-md-component="search-query"]');
    var result = box.querySelector('[data-md-component="search-result"]');
    var list = result && result.querySelector(".md-search-result__list");
    var meta = result && result.querySelector(".md-search-result__meta");
    var toggle = document.getElementById("__search");
    if (!query || !list || !meta) return;
    var config = readConfig();
    var index = null;
    box.hidden = false;
    box.setAttribute("data-swan-offline-search", "");
    list.setAttribute("role", "list"); /* as Material's own search does while it is open */
    meta.setAttribute("role", "status");
    meta.setAttribute("aria-live", "polite");
    meta.textContent = (config.translations || {})["search.result.placeholder"] || "";

    function run() {
      if (index === null) {
        if (!window.__index || !window.__index.docs) return;
        index = prepare(window.__index.docs);
      }
      renderResults(list, meta, config, index, search(index.docs, query.value), query.value);
    }

    function loadIndex() {
      if (window.__index) {
        run();
        return;
      }
      if (document.querySelector("script[data-swan-search-index]")) return;
      var script = document.createElement("script");
      script.src = config.base.replace(/\/$/, "") + "/search/search_index.js";
      script.setAttribute("data-swan-search-index", "");
      script.addEventListener("load", run);
      document.head.appendChild(script);
    }

    query.addEventListener("focus", function () {
      setOpen(toggle, true);
      loadIndex();
    });
    query.addEventListener("input", function () {
      setOpen(toggle, true);
      loadIndex();
      run();
    });
    if (toggle) {
      toggle.addEventListener("change", function () {
        if (toggle.checked && document.activeElement !== query) query.focus();
      });
    }
    box.querySelector("form").addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) first.click();
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        setOpen(toggle, false);
        query.blur();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        /* The links and the "N extra overeenkomsten" toggles, but not the links behind a closed one. */
        var shown = Array.prototype.filter.call(list.querySelectorAll("a, summary"), function (node) {
          var details = node.closest("details");
          return !details || details.open || node === details.querySelector("summary");
        });
        var items = [query].concat(shown);
        var at = items.indexOf(document.activeElement);
        var next = (Math.max(0, at) + items.length + (event.key === "ArrowUp" ? -1 : 1)) % items.length;
        items[next].focus();
        event.preventDefault();
      }
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "/" || event.key === "s" || event.key === "f") {
        setOpen(toggle, true);
        query.focus();
        query.select();
        event.preventDefault();
      }
    });
    if (query.value) run();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
