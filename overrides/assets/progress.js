/* SWAN course: progress per module and for the whole course, the eindtoets
 * result, the bewijs van deelname, and export, import and erasure of the
 * learner's data.
 *
 * Reads the course map (window.swanCourseMap, generated at build time by
 * scripts/swan_course/progress.py) and the learner's data through
 * window.swanStore (course.js). Store keys written here:
 *   bezocht:<page src>          true once the page was opened
 *   vraag:<bank>/<question>     {correct: bool, antwoord: [...]} (mirror of mkdocs-quiz)
 *   laatste-pagina              the page src to continue from
 *   eindtoets:resultaat         {score, passed, datum} of the best completed attempt
 *   naam                        the name on the bewijs van deelname
 *
 * The widgets of the home, eindtoets, bewijs and privacy pages are in
 * progress-pages.js, loaded only there (scripts/hooks.py PAGE_ASSETS).
 *
 * Public API (contract with the SCORM package):
 *   window.swanProgress.summary() -> {modules: [{id, title, done, pagesVisited, pagesTotal,
 *     questionsAnswered, questionsCorrect, questionsTotal}], complete, eindtoets: null | {score, passed}}
 *   window fires "swan:progress" (detail: the summary) once on every page load, after this
 *   script has set up the page, and again whenever the summary changes.
 *
 * Learner text is only put into the page as .textContent or .value.
 */
(function () {
  "use strict";

  var map = window.swanCourseMap;
  var store = window.swanStore;
  if (!map || !store) return;

  var QUIZ_PREFIX = "quiz_progress_";
  var metaPage = document.querySelector('meta[name="swan-page"]');
  var pageSrc = metaPage ? metaPage.getAttribute("content") : null;

  /* ---------- helpers ---------- */

  function siteUrl(path) {
    try {
      var scope = window.__md_scope || new URL(".", window.location.href);
      return new URL(path || "", scope).href;
    } catch (error) {
      return path || "";
    }
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function link(path, text) {
    return el("a", { href: siteUrl(path) }, text);
  }

  function quizElementId(ref) {
    return "quiz-" + ref.replace("/", "--");
  }

  function answer(ref) {
    var value = store.get("vraag:" + ref);
    return value && typeof value === "object" && typeof value.correct === "boolean" ? value : null;
  }

  function formatDate(iso) {
    try {
      return new Date(iso).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    } catch (error) {
      return String(iso).slice(0, 10);
    }
  }

  /* ---------- mkdocs-quiz bridge ----------
   * mkdocs-quiz keeps answers under quiz_progress_<URL path>, which changes when
   * the course moves (another server path, an LMS, another device). The store is
   * the lasting copy: before the quiz starts, its record for this page is
   * rebuilt from the store; answers the quiz has that the store lacks (given
   * before this script existed) are taken over. */

  function quizKey() {
    return QUIZ_PREFIX + window.location.pathname;
  }

  function readQuizRecord() {
    try {
      var parsed = JSON.parse(window.localStorage.getItem(quizKey()) || "{}");
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
    } catch (error) {
      return {};
    }
  }

  function refsOnPage() {
    return Array.prototype.map.call(document.querySelectorAll(".swan-question[data-question]"), function (node) {
      return node.getAttribute("data-question");
    });
  }

  function seedQuiz() {
    var refs = refsOnPage();
    if (!refs.length) return;
    var record = readQuizRecord();
    var before = JSON.stringify(record);
    refs.forEach(function (ref) {
      var id = quizElementId(ref);
      var saved = answer(ref);
      var theirs = record[id];
      if (saved) {
        record[id] = { answered: true, correct: saved.correct, selectedValues: saved.antwoord || [] };
      } else if (theirs && typeof theirs.correct === "boolean") {
        store.set("vraag:" + ref, { correct: theirs.correct, antwoord: theirs.selectedValues || [] });
      }
    });
    if (JSON.stringify(record) === before) return;
    try {
      window.localStorage.setItem(quizKey(), JSON.stringify(record));
    } catch (error) {
      /* storage refuses writes; course.js shows the notice */
    }
  }

  /* After the learner answers or resets a question: copy the quiz's record into the store. */
  function mirrorQuiz() {
    var record = readQuizRecord();
    refsOnPage().forEach(function (ref) {
      var entry = record[quizElementId(ref)];
      var saved = answer(ref);
      if (entry && entry.answered && typeof entry.correct === "boolean") {
        var value = { correct: entry.correct, antwoord: entry.selectedValues || [] };
        if (!saved || JSON.stringify(saved) !== JSON.stringify(value)) store.set("vraag:" + ref, value);
      } else if (saved) {
        store.remove("vraag:" + ref);
      }
    });
  }

  /* Only this course's records: another site on the same host keeps its own. */
  function quizKeys() {
    var prefix = QUIZ_PREFIX;
    try {
      prefix += new URL(siteUrl("")).pathname;
    } catch (error) {
      /* keep the general prefix */
    }
    var keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(prefix) === 0) keys.push(key);
      }
    } catch (error) {
      /* nothing to list */
    }
    return keys;
  }

  /* Remove mkdocs-quiz's records (all, or those of the given question refs only). */
  function clearQuizRecords(refs) {
    quizKeys().forEach(function (key) {
      try {
        if (!refs) {
          window.localStorage.removeItem(key);
          return;
        }
        var record = JSON.parse(window.localStorage.getItem(key) || "{}");
        refs.forEach(function (ref) {
          delete record[quizElementId(ref)];
        });
        window.localStorage.setItem(key, JSON.stringify(record));
      } catch (error) {
        /* leave it; the store no longer has these answers */
      }
    });
  }

  /* ---------- progress ---------- */

  function eindtoetsState() {
    var questions = map.eindtoets ? map.eindtoets.questions : [];
    var answered = 0;
    var correct = 0;
    var missed = {};
    questions.forEach(function (question) {
      var saved = answer(question.ref);
      if (!saved) return;
      answered += 1;
      if (saved.correct) correct += 1;
      else missed[question.leerdoel] = true;
    });
    return {
      total: questions.length,
      answered: answered,
      correct: correct,
      score: questions.length ? Math.round((correct / questions.length) * 100) : 0,
      missed: Object.keys(missed)
    };
  }

  /* Keep the best finished attempt: a practice retake never takes a pass away. */
  function recordEindtoets() {
    var current = eindtoetsState();
    if (!current.total || current.answered < current.total) return;
    var best = store.get("eindtoets:resultaat");
    if (best && typeof best.score === "number" && best.score >= current.score) return;
    store.set("eindtoets:resultaat", {
      score: current.score,
      passed: current.score >= map.cesuur,
      datum: new Date().toISOString()
    });
  }

  function eindtoetsResult() {
    var best = store.get("eindtoets:resultaat");
    if (!best || typeof best.score !== "number") return null;
    return { score: best.score, passed: best.score >= map.cesuur };
  }

  function moduleProgress(module) {
    var visited = module.pages.filter(function (page) {
      return store.get("bezocht:" + page.src) === true;
    }).length;
    var answered = 0;
    var correct = 0;
    module.questions.forEach(function (ref) {
      var saved = answer(ref);
      if (saved) {
        answered += 1;
        if (saved.correct) correct += 1;
      }
    });
    return {
      id: module.id,
      title: module.title,
      done: visited === module.pages.length && answered === module.questions.length,
      pagesVisited: visited,
      pagesTotal: module.pages.length,
      questionsAnswered: answered,
      questionsCorrect: correct,
      questionsTotal: module.questions.length
    };
  }

  function summary() {
    var modules = map.modules.map(moduleProgress);
    var eindtoets = eindtoetsResult();
    var allDone = modules.every(function (module) {
      return module.done;
    });
    return { modules: modules, complete: allDone && Boolean(eindtoets && eindtoets.passed), eindtoets: eindtoets };
  }

  /* ---------- the swan:progress event ---------- */

  var lastSent = null;
  var pending = false;

  function send(force) {
    var current = summary();
    var text = JSON.stringify(current);
    if (!force && text === lastSent) return;
    lastSent = text;
    try {
      window.dispatchEvent(new CustomEvent("swan:progress", { detail: current }));
    } catch (error) {
      /* a listener's mistake must not break the page */
    }
  }

  function changed() {
    if (pending) return;
    pending = true;
    window.setTimeout(function () {
      pending = false;
      recordEindtoets();
      send(false);
      render();
    }, 0);
  }

  /* ---------- what is shown on pages ---------- */

  var renderers = [];

  function render() {
    renderers.forEach(function (renderer) {
      try {
        renderer();
      } catch (error) {
        /* one part failing must not take the rest of the page down */
      }
    });
  }

  function statusText(progress) {
    if (progress.done) return "afgerond";
    if (progress.pagesVisited || progress.questionsAnswered) return "bezig";
    return "nog niet begonnen";
  }

  /* A mark after each module's title in the navigation: icon plus words, not colour only. */
  function navMarks() {
    var modules = summary().modules;
    map.modules.forEach(function (module, index) {
      var progress = modules[index];
      var target = siteUrl(module.url);
      document.querySelectorAll(".md-nav--primary a.md-nav__link").forEach(function (anchor) {
        if (anchor.href !== target) return;
        var item = anchor.closest(".md-nav__item--nested, .md-nav__item--section");
        var label = item && item.querySelector(":scope > .md-nav__link, :scope > label.md-nav__link");
        if (!label) return;
        var mark = label.querySelector(".swan-nav-mark");
        if (!mark) {
          mark = el("span", { "class": "swan-nav-mark", "data-testid": "swan-nav-mark-" + module.id });
          mark.appendChild(el("span", { "class": "swan-nav-mark__icon", "aria-hidden": "true" }));
          mark.appendChild(el("span", { "class": "swan-visually-hidden" }));
          (label.querySelector(".md-ellipsis") || label).appendChild(mark);
        }
        var status = statusText(progress);
        mark.setAttribute("data-status", status === "afgerond" ? "done" : status === "bezig" ? "started" : "none");
        mark.querySelector(".swan-nav-mark__icon").textContent = status === "afgerond" ? "✓" : status === "bezig" ? "◐" : "";
        mark.querySelector(".swan-visually-hidden").textContent = status === "nog niet begonnen" ? "" : " (" + status + ")";
      });
    });
  }

  /* ---------- start ---------- */

  /* Render into a placeholder; render again only when key() changes, so a
   * form keeps its focus and its message while the learner works in it. */
  function placeholder(name, renderer, key) {
    var box = document.querySelector('[data-swan-progress="' + name + '"]');
    if (!box) return;
    var last = null;
    renderers.push(function () {
      var current = key ? key() : JSON.stringify([summary(), store.get("laatste-pagina"), eindtoetsState()]);
      if (current === last) return;
      last = current;
      renderer(box);
    });
  }

  function visit() {
    if (!pageSrc || !map.pages[pageSrc]) return;
    if (store.get("bezocht:" + pageSrc) !== true) store.set("bezocht:" + pageSrc, true);
    if (pageSrc !== "index.md" && store.get("laatste-pagina") !== pageSrc) store.set("laatste-pagina", pageSrc);
  }

  // Before mkdocs-quiz starts (on DOMContentLoaded): give it the answers from the store.
  try {
    seedQuiz();
  } catch (error) {
    /* the quiz starts empty */
  }

  var settled = false;

  window.swanProgress = {
    summary: summary,
    /* For progress-pages.js, the widgets of the few pages that show progress. */
    kit: {
      map: map, store: store, el: el, link: link, formatDate: formatDate, statusText: statusText,
      summary: summary, eindtoetsState: eindtoetsState, eindtoetsResult: eindtoetsResult,
      clearQuizRecords: clearQuizRecords, changed: changed,
      settled: function () { return settled; },
      /* Show a widget in the element [data-swan-progress=name]; render again when key() changes. */
      placeholder: function (name, renderer, key) {
        placeholder(name, renderer, key);
        if (started) render();
      }
    }
  };

  var started = false;

  function init() {
    if (started) return;
    started = true;
    try {
      visit();
      recordEindtoets();
      renderers.unshift(navMarks);
      render();
    } catch (error) {
      /* never break the page */
    }
    settled = true;
    window.addEventListener("quizProgressUpdate", function () {
      mirrorQuiz();
    });
    window.addEventListener("swan:store-change", changed);
    send(true);
  }

  window.swanOnPage(init);  /* course.js */
})();
