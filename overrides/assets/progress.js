/* SWAN course: progress per module and for the whole course, the eindtoets
 * result, the bewijs van deelname, and export, import and erasure of the
 * learner's data.
 *
 * Reads the course map (window.swanCourseMap, generated at build time by
 * src/swan_course/render/course_map.py) and the learner's data through
 * window.swanStore (store.js, which checks every value's shape). Store keys written here:
 *   bezocht:<page src>          true once the page was opened
 *   vraag:<bank>/<question>     {correct: bool, antwoord: [...]}: the answer given in mkdocs-quiz
 *   laatste-pagina              the page src to continue from
 *   eindtoets:resultaat         {score, passed, datum, vorm} of the best eindtoets handed in
 *   eindtoets:sessie            {score, passed, datum, sessie, vorm}: the best handed in during one LMS session
 * (the eindtoets itself, an exam handed in as a whole, is eindtoets.js; it calls recordEindtoets).
 *   naam                        the name on the bewijs van deelname
 *
 * The widgets of the home, eindtoets, bewijs and privacy pages are in
 * progress-pages.js, loaded only there (render/assets.py WIDGETS).
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
  /* Answers to the eindtoets of the course's versions before 1.1, when it was a page of quizzes with
   * feedback per question: the exam mode does not use them. */
  var OLD_EINDTOETS = "vraag:eindtoets/";
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

  /* {correct, antwoord} (store.js checked its shape), or null. */
  function answer(ref) {
    return store.get("vraag:" + ref);
  }

  function formatDate(iso) {
    try {
      return new Date(iso).toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    } catch (error) {
      return String(iso).slice(0, 10);
    }
  }

  /* ---------- mkdocs-quiz bridge ----------
   * mkdocs-quiz's quiz.js (kept as shipped) reads its answers from
   * quiz_progress_<URL path> when it starts, saves its whole record there after
   * every answer or reset, and then fires quizProgressUpdate. The lasting copy
   * of an answer is the store key vraag:<bank>/<question>; the quiz record lives
   * only from this script to quiz.js's start, and after a save until we read it:
   *   1. before quiz.js starts, write its record from the store (this page's questions only);
   *   2. on quizProgressUpdate, read the record, check it, write the answers this tab's
   *      quiz.js changed into the store (one key each), and remove the record.
   * A question missing from the record that this tab's quiz.js had before was reset
   * here; a question another tab answered is never treated as deleted, and an
   * answer this tab did not change is never written back over a newer one. */

  var known = null;  /* quiz id -> entry: what this tab's quiz.js holds (its last saved record) */
  var seeded = {};   /* the record written for quiz.js to start from */

  function quizKey() {
    return QUIZ_PREFIX + window.location.pathname;
  }

  /* An answered entry of a quiz record; store.set checks the answer's shape before it keeps it. */
  function isAnswered(entry) {
    return Boolean(entry) && entry.answered === true && typeof entry.correct === "boolean";
  }

  /* The quiz record, or null when there is none or it is not one. */
  function readQuizRecord() {
    try {
      var raw = window.localStorage.getItem(quizKey());
      if (raw === null) return null;
      var parsed = JSON.parse(raw);
      return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : null;
    } catch (error) {
      return null;
    }
  }

  function removeQuizRecord() {
    try {
      window.localStorage.removeItem(quizKey());
    } catch (error) {
      /* storage is unavailable: nothing was written either */
    }
  }

  function refsOnPage() {
    return Array.prototype.map.call(document.querySelectorAll(".swan-question[data-question]"), function (node) {
      return node.getAttribute("data-question");
    });
  }

  function asEntry(saved) {
    var values = typeof saved.antwoord === "string" ? [saved.antwoord] : (saved.antwoord || []);
    return { answered: true, correct: saved.correct, selectedValues: values };
  }

  function asAnswer(entry) {
    return { correct: entry.correct, antwoord: entry.selectedValues || [] };
  }

  function sameEntry(a, b) {
    return Boolean(a) && Boolean(b) && a.correct === b.correct &&
      JSON.stringify(a.selectedValues || []) === JSON.stringify(b.selectedValues || []);
  }

  /* quiz.js writes a wrong fill-in answer into the page as HTML when it shows the correct
   * answer next to it. A fill-in question never shows it here: the learner's text stays text. */
  function neverEchoFillIn() {
    document.querySelectorAll('.swan-question [data-quiz-type="fill-blank"][data-show-correct]').forEach(function (quiz) {
      quiz.removeAttribute("data-show-correct");
    });
  }

  /* Answers in a quiz record that the store lacks (left by an older version of the course) are taken over. */
  function takeOver(record, refs) {
    refs.forEach(function (ref) {
      var entry = record[quizElementId(ref)];
      if (isAnswered(entry) && !answer(ref)) store.set("vraag:" + ref, asAnswer(entry));
    });
  }

  function seedQuiz() {
    neverEchoFillIn();
    var refs = refsOnPage();
    if (!refs.length) return;
    var old = readQuizRecord();
    if (old) takeOver(old, refs);
    seeded = {};
    refs.forEach(function (ref) {
      var saved = answer(ref);
      if (saved) seeded[quizElementId(ref)] = asEntry(saved);
    });
    try {
      window.localStorage.setItem(quizKey(), JSON.stringify(seeded));
    } catch (error) {
      /* storage refuses writes; store.js shows the notice */
    }
  }

  function answeredCount(record) {
    return Object.keys(record).filter(function (id) {
      return record[id] && record[id].answered;
    }).length;
  }

  /* After quiz.js saved: write what this tab's quiz.js changed into the store. */
  function mirrorQuiz(event) {
    var record = readQuizRecord();
    if (known === null) {
      /* quiz.js has just started. Another tab on this page may have removed the record we wrote before
       * quiz.js read it; only when quiz.js reports as many answers as we gave it do we know what it holds. */
      var reported = event && event.detail && typeof event.detail.answered === "number" ? event.detail.answered : -1;
      known = reported === answeredCount(seeded) ? seeded : {};
    }
    if (!record) return;
    var changedHere = [];
    refsOnPage().forEach(function (ref) {
      var id = quizElementId(ref);
      var entry = record[id];
      var before = known[id];
      if (isAnswered(entry)) {
        if (sameEntry(entry, before)) return;
        store.set("vraag:" + ref, asAnswer(entry));
        changedHere.push(ref);
      } else if (before && !entry) {
        store.remove("vraag:" + ref);
        changedHere.push(ref);
      }
    });
    known = {};
    refsOnPage().forEach(function (ref) {
      var id = quizElementId(ref);
      if (isAnswered(record[id])) known[id] = record[id];
    });
    removeQuizRecord();
  }

  /* Once, when the store was just brought over from its old layout: take over the answers in every
   * quiz record the old version of the course left, then remove those records. */
  function sweepOldQuizRecords() {
    if (!store.migratedFrom) return;
    var refs = {};
    map.modules.forEach(function (module) {
      module.questions.forEach(function (ref) { refs[quizElementId(ref)] = ref; });
    });
    quizKeys().forEach(function (key) {
      if (key === quizKey()) return; /* this page's record: seedQuiz takes it over */
      try {
        var record = JSON.parse(window.localStorage.getItem(key) || "{}");
        if (record && typeof record === "object" && !Array.isArray(record)) {
          Object.keys(record).forEach(function (id) {
            var ref = refs[id];
            var entry = record[id];
            if (ref && isAnswered(entry) && !answer(ref)) store.set("vraag:" + ref, asAnswer(entry));
          });
        }
        window.localStorage.removeItem(key);
      } catch (error) {
        /* leave it */
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

  /* Remove mkdocs-quiz's records of this course (a retake, an import, erasing everything):
   * the store holds the answers, and quiz.js starts from the store on the next page. */
  function clearQuizRecords() {
    quizKeys().forEach(function (key) {
      try {
        window.localStorage.removeItem(key);
      } catch (error) {
        /* storage is unavailable: nothing to remove */
      }
    });
  }

  /* ---------- progress ---------- */

  /* The LMS session this page runs in: the SCORM or cmi5 launch page (scorm.js, cmi5.js) around it names one. */
  function lmsSession() {
    try {
      var parent = window.parent !== window ? window.parent : null;
      var launch = parent ? parent.swanScorm || parent.swanCmi5 : null;
      return launch && typeof launch.session === "string" ? launch.session : null;
    } catch (error) {
      return null; /* a frame of another origin: no launch page of ours */
    }
  }

  /* An eindtoets handed in (eindtoets.js): keep the best score, so a later try never takes a pass
   * away; inside an LMS session also the best of that session: only that one is reported to the LMS
   * (scorm.js, cmi5.js). */
  function recordEindtoets(result) {
    var entry = { score: result.score, passed: result.passed, datum: result.datum, vorm: "examen" };
    var best = store.get("eindtoets:resultaat");
    if (!counts(best) || best.score < entry.score) store.set("eindtoets:resultaat", entry);
    var session = lmsSession();
    if (!session) return;
    var ours = store.get("eindtoets:sessie");
    if (!ours || ours.sessie !== session || !counts(ours) || ours.score < entry.score) {
      store.set("eindtoets:sessie", Object.assign({ sessie: session }, entry));
    }
  }

  /* Only an eindtoets handed in as a whole counts; a result of the old toets with feedback per question does not. */
  function counts(result) {
    return Boolean(result) && result.vorm === "examen";
  }

  function eindtoetsResult() {
    var best = store.get("eindtoets:resultaat");
    if (!counts(best)) return null;
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
      var current = key ? key() : JSON.stringify([summary(), store.get("laatste-pagina")]);
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

  // Before mkdocs-quiz starts (on DOMContentLoaded): give it the answers from the store,
  // and listen from its very first report on.
  try {
    sweepOldQuizRecords();
    forgetOldEindtoets();
    seedQuiz();
  } catch (error) {
    /* the quiz starts empty */
  }
  window.addEventListener("quizProgressUpdate", function (event) {
    try {
      mirrorQuiz(event);
    } catch (error) {
      /* never break the quiz */
    }
  });

  /* The answers to the old eindtoets (before the exam mode) have no use any more. */
  function forgetOldEindtoets() {
    store.keys(OLD_EINDTOETS).forEach(function (key) { store.remove(key); });
  }

  var settled = false;

  window.swanProgress = {
    summary: summary,
    /* For eindtoets.js: an eindtoets was handed in, {score, passed, datum}. */
    recordEindtoets: recordEindtoets,
    /* For progress-pages.js, the widgets of the few pages that show progress. */
    kit: {
      map: map, store: store, el: el, link: link, formatDate: formatDate, statusText: statusText,
      summary: summary, eindtoetsResult: eindtoetsResult,
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
      renderers.unshift(navMarks);
      render();
    } catch (error) {
      /* never break the page */
    }
    settled = true;
    window.addEventListener("swan:store-change", changed);
    send(true);
  }

  window.swanOnPage(init);  /* course.js */
})();
