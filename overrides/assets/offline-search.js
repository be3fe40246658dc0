/* SWAN course: search that works where Material's search worker cannot start.
 *
 * Opened from a file share (file://) the browser refuses Material's Web Worker,
 * and Material then hides its search box. This script shows the box again and
 * searches the index that Material loads there as a script
 * (search/search_index.js, written by scripts/swan_course/offline_search.py).
 * It fills Material's own result list, so it looks and works the same: type to
 * search, Enter opens the first result, arrow keys move through the results,
 * Escape closes. The number of results is announced (aria-live).
 * Over http(s) the worker starts and this script does nothing.
 */
(function () {
  "use strict";

  var MAX_RESULTS = 20;

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

  function prepare(docs) {
    return docs.map(function (doc) {
      var title = plain(doc.title), text = plain(doc.text);
      return { location: doc.location, title: title, text: text, titleKey: fold(title), textKey: fold(text) };
    });
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

  function renderResults(list, meta, config, found, query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!query.trim()) {
      meta.textContent = (config.translations || {})["search.result.placeholder"] || "";
      return;
    }
    meta.textContent = message(config, found.length);
    found.slice(0, MAX_RESULTS).forEach(function (result) {
      var item = document.createElement("li");
      item.className = "md-search-result__item";
      var link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = config.base.replace(/\/$/, "") + "/" + result.doc.location;
      link.setAttribute("data-md-score", String(result.score));
      var article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      var heading = document.createElement(result.doc.location.indexOf("#") === -1 ? "h1" : "h2");
      heading.textContent = result.doc.title;
      var text = document.createElement("p");
      text.textContent = snippet(result.doc, query);
      article.appendChild(heading);
      article.appendChild(text);
      link.appendChild(article);
      item.appendChild(link);
      list.appendChild(item);
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
    var docs = null;
    box.hidden = false;
    box.setAttribute("data-swan-offline-search", "");
    meta.setAttribute("role", "status");
    meta.setAttribute("aria-live", "polite");
    meta.textContent = (config.translations || {})["search.result.placeholder"] || "";

    function run() {
      if (docs === null) {
        if (!window.__index || !window.__index.docs) return;
        docs = prepare(window.__index.docs);
      }
      renderResults(list, meta, config, search(docs, query.value), query.value);
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
        var items = [query].concat(Array.prototype.slice.call(list.querySelectorAll("a")));
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
