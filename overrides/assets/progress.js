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
  var EXPORT_FORMAT = "swan-voortgang";
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

  function progressBar(value, total) {
    var bar = el("span", { "class": "swan-bar", "aria-hidden": "true" });
    var fill = el("span", { "class": "swan-bar__fill" });
    fill.style.width = (total ? Math.round((value / total) * 100) : 100) + "%";
    bar.appendChild(fill);
    return bar;
  }

  function continueLink() {
    var src = store.get("laatste-pagina");
    var page = typeof src === "string" ? map.pages[src] : null;
    if (!page) return null;
    var p = el("p", { "class": "swan-continue" });
    p.appendChild(document.createTextNode("Verder waar je was: "));
    var a = link(page.url, page.title);
    a.setAttribute("data-testid", "swan-continue");
    p.appendChild(a);
    return p;
  }

  function eindtoetsLine(result) {
    var p = el("p", { "data-testid": "swan-overview-eindtoets" });
    p.appendChild(document.createTextNode("Eindtoets: "));
    if (!result) p.appendChild(document.createTextNode("nog niet gemaakt. "));
    else {
      p.appendChild(document.createTextNode("je beste score is " + result.score + "%. " +
        (result.passed ? "Je bent geslaagd. " : "Je hebt " + map.cesuur + "% nodig om te slagen. ")));
    }
    if (map.eindtoets && map.eindtoets.url) p.appendChild(link(map.eindtoets.url, "Naar de eindtoets"));
    return p;
  }

  function renderOverview(box) {
    var current = summary();
    var content = el("div", { "class": "swan-overview" });
    var next = continueLink();
    if (next) content.appendChild(next);
    var done = current.modules.filter(function (module) {
      return module.done;
    }).length;
    content.appendChild(el("p", { "data-testid": "swan-overview-total" },
      "Je hebt " + done + " van de " + current.modules.length + " modules afgerond."));
    var totals = current.modules.reduce(function (sum, module) {
      sum.visited += module.pagesVisited;
      sum.pages += module.pagesTotal;
      sum.answered += module.questionsAnswered;
      sum.correct += module.questionsCorrect;
      sum.questions += module.questionsTotal;
      return sum;
    }, { visited: 0, pages: 0, answered: 0, correct: 0, questions: 0 });
    content.appendChild(el("p", { "data-testid": "swan-overview-course" },
      "In de hele cursus: " + totals.visited + " van de " + totals.pages + " pagina's gelezen, " +
      totals.answered + " van de " + totals.questions + " vragen beantwoord, waarvan " + totals.correct + " goed."));
    var list = el("ul", { "class": "swan-overview__modules" });
    current.modules.forEach(function (progress, index) {
      var module = map.modules[index];
      var item = el("li", { "data-testid": "swan-overview-" + module.id, "data-status": statusText(progress) });
      var head = el("span", { "class": "swan-overview__title" });
      head.appendChild(link(module.url, module.title));
      head.appendChild(el("span", { "class": "swan-overview__status" }, " — " + statusText(progress)));
      item.appendChild(head);
      var details = "Pagina's gelezen: " + progress.pagesVisited + " van " + progress.pagesTotal + ".";
      if (progress.questionsTotal) {
        details += " Vragen beantwoord: " + progress.questionsAnswered + " van " + progress.questionsTotal +
          ", waarvan " + progress.questionsCorrect + " goed.";
      }
      item.appendChild(el("span", { "class": "swan-overview__details" }, details));
      item.appendChild(progressBar(progress.pagesVisited + progress.questionsAnswered,
        progress.pagesTotal + progress.questionsTotal));
      list.appendChild(item);
    });
    content.appendChild(list);
    content.appendChild(eindtoetsLine(current.eindtoets));
    var bewijs = map.pages["bewijs-van-deelname.md"];
    if (bewijs) {
      var p = el("p");
      p.appendChild(document.createTextNode(current.complete ? "Je hebt de cursus afgerond. " :
        "Als je alles hebt afgerond, krijg je een bewijs van deelname. "));
      p.appendChild(link(bewijs.url, "Naar je bewijs van deelname"));
      content.appendChild(p);
    }
    box.replaceChildren(content);
  }

  /* ---------- the eindtoets page ---------- */

  function goal(id) {
    for (var i = 0; i < map.modules.length; i++) {
      for (var j = 0; j < map.modules[i].leerdoelen.length; j++) {
        if (map.modules[i].leerdoelen[j].id === id) return map.modules[i].leerdoelen[j];
      }
    }
    return null;
  }

  var eindtoetsLive = null;

  /* Say the score out loud once, when the last question is answered. */
  function announceResult(text) {
    if (!eindtoetsLive) return;
    if (eindtoetsLive.getAttribute("data-said") !== text) {
      eindtoetsLive.setAttribute("data-said", text);
      eindtoetsLive.textContent = text;
    }
  }

  function renderEindtoets(box) {
    if (!eindtoetsLive) {
      eindtoetsLive = el("p", { "class": "swan-visually-hidden", "aria-live": "polite", "data-said": "" });
      box.parentNode.insertBefore(eindtoetsLive, box.nextSibling);
    }
    var current = eindtoetsState();
    var content = el("div", { "class": "swan-result" });
    if (current.answered < current.total) {
      content.appendChild(el("p", { "data-testid": "swan-eindtoets-status" },
        "Je hebt " + current.answered + " van de " + current.total + " vragen beantwoord. " +
        "Beantwoord alle vragen. Dan zie je hier je resultaat."));
    } else {
      var passed = current.score >= map.cesuur;
      var scoreText = "Je score: " + current.score + "% (" + current.correct + " van de " + current.total +
        " vragen goed). " + (passed ? "Je bent geslaagd: je had " + map.cesuur + "% nodig." :
          "Je bent nog niet geslaagd: je hebt " + map.cesuur + "% nodig.");
      content.appendChild(el("p", { "class": "swan-result__score", "data-testid": "swan-eindtoets-score" }, scoreText));
      if (settled) announceResult(scoreText + " Je resultaat staat onderaan de pagina.");
      if (current.missed.length) {
        content.appendChild(el("p", {}, "Lees deze leerdoelen nog eens na. Bij elk leerdoel had je minstens één vraag fout:"));
        var list = el("ul", { "data-testid": "swan-eindtoets-revisit" });
        current.missed.forEach(function (id) {
          var target = goal(id);
          if (!target) return;
          var item = el("li");
          item.appendChild(el("span", {}, target.tekst + " "));
          item.appendChild(link(target.url, "Lees: " + target.title));
          list.appendChild(item);
        });
        content.appendChild(list);
      } else {
        content.appendChild(el("p", {}, "Je had alle vragen goed."));
      }
      var best = eindtoetsResult();
      if (best && best.score > current.score) {
        content.appendChild(el("p", {}, "Je beste score tot nu toe is " + best.score + "%. Die telt voor je bewijs van deelname."));
      }
    }
    var retake = el("button", { type: "button", "class": "md-button", "data-testid": "swan-eindtoets-retake" },
      "Maak de eindtoets opnieuw");
    retake.addEventListener("click", retakeEindtoets);
    if (current.answered) content.appendChild(retake);
    box.replaceChildren(content);
  }

  function retakeEindtoets() {
    var refs = map.eindtoets.questions.map(function (question) {
      return question.ref;
    });
    refs.forEach(function (ref) {
      store.remove("vraag:" + ref);
    });
    clearQuizRecords(refs);
    try {
      window.history.replaceState(null, "", "#de-vragen");
    } catch (error) {
      /* the reload still starts the toets afresh */
    }
    window.location.reload();
  }

  /* ---------- the bewijs van deelname ---------- */

  function missingList(current) {
    var list = el("ul", { "data-testid": "swan-bewijs-missing" });
    current.modules.forEach(function (progress, index) {
      if (progress.done) return;
      var module = map.modules[index];
      var parts = [];
      if (progress.pagesVisited < progress.pagesTotal) {
        parts.push((progress.pagesTotal - progress.pagesVisited) + " pagina's nog niet gelezen");
      }
      if (progress.questionsAnswered < progress.questionsTotal) {
        parts.push((progress.questionsTotal - progress.questionsAnswered) + " vragen nog niet beantwoord");
      }
      var item = el("li");
      item.appendChild(link(module.url, module.title));
      item.appendChild(document.createTextNode(": " + parts.join(" en ") + "."));
      list.appendChild(item);
    });
    if (!current.eindtoets || !current.eindtoets.passed) {
      var item = el("li");
      item.appendChild(map.eindtoets && map.eindtoets.url ? link(map.eindtoets.url, "Eindtoets") : el("span", {}, "Eindtoets"));
      item.appendChild(document.createTextNode(current.eindtoets ?
        ": je beste score is " + current.eindtoets.score + "%, je hebt " + map.cesuur + "% nodig." :
        ": nog niet gemaakt. Je hebt " + map.cesuur + "% nodig."));
      list.appendChild(item);
    }
    return list;
  }

  function certificate(current, name) {
    var result = store.get("eindtoets:resultaat") || {};
    var card = el("section", { "class": "swan-certificate", "aria-labelledby": "swan-certificate-title",
      "data-testid": "swan-certificate" });
    card.appendChild(el("h2", { id: "swan-certificate-title" }, "Bewijs van deelname"));
    card.appendChild(el("p", { "class": "swan-certificate__name", "data-testid": "swan-certificate-name" }, name));
    card.appendChild(el("p", {}, "heeft de e-learning afgerond:"));
    card.appendChild(el("p", { "class": "swan-certificate__course" }, map.title));
    var facts = el("dl", { "class": "swan-certificate__facts" });
    var hours = Math.round((map.studietijd / 60) * 10) / 10;
    [["Versie", map.version],
      ["Datum", formatDate(result.datum || new Date().toISOString())],
      ["Eindtoets", current.eindtoets.score + "% goed (nodig: " + map.cesuur + "%)"],
      ["Studiebelasting", "ongeveer " + String(hours).replace(".", ",") + " uur (" + map.studietijd + " minuten)"]
    ].forEach(function (pair) {
      facts.appendChild(el("dt", {}, pair[0]));
      facts.appendChild(el("dd", {}, pair[1]));
    });
    card.appendChild(facts);
    card.appendChild(el("h3", {}, "Afgeronde modules"));
    var modules = el("ul");
    map.modules.forEach(function (module) {
      modules.appendChild(el("li", {}, module.title));
    });
    card.appendChild(modules);
    card.appendChild(el("p", { "class": "swan-certificate__note" },
      "Dit is geen officiële accreditatie en geen certificaat van een beroepsregister. " +
      "Het bewijs laat zien dat de deelnemer de e-learning heeft doorlopen en de eindtoets heeft gehaald. " +
      "De naam is door de deelnemer zelf ingevuld."));
    return card;
  }

  function renderBewijs(box) {
    var current = summary();
    var content = el("div", { "class": "swan-bewijs" });
    if (!current.complete) {
      content.appendChild(el("p", { "data-testid": "swan-bewijs-incomplete" },
        "Je bewijs van deelname is nog niet klaar. Dit moet je nog doen:"));
      content.appendChild(missingList(current));
      box.replaceChildren(content);
      return;
    }
    var form = el("form", { "class": "swan-bewijs__form" });
    var label = el("label", { "for": "swan-bewijs-naam" }, "Je naam zoals die op het bewijs moet staan");
    var input = el("input", { id: "swan-bewijs-naam", type: "text", autocomplete: "name", maxlength: "100" });
    var saved = store.get("naam");
    if (typeof saved === "string") input.value = saved;
    var button = el("button", { type: "submit", "class": "md-button md-button--primary" }, "Maak je bewijs");
    var message = el("p", { "class": "swan-bewijs__message", "aria-live": "polite" });
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(button);
    form.appendChild(message);
    content.appendChild(form);
    var holder = el("div", { "class": "swan-bewijs__holder" });
    content.appendChild(holder);
    function show(name) {
      holder.replaceChildren(certificate(current, name));
      var print = el("button", { type: "button", "class": "md-button swan-bewijs__print" }, "Print of bewaar als pdf");
      print.addEventListener("click", function () {
        window.print();
      });
      holder.appendChild(print);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var name = input.value.trim();
      if (!name) {
        message.textContent = "Vul eerst je naam in.";
        input.focus();
        return;
      }
      store.set("naam", name);
      show(name);
      message.textContent = "Je bewijs van deelname staat hieronder. Je kunt het nu printen.";
    });
    if (typeof saved === "string" && saved.trim()) show(saved.trim());
    box.replaceChildren(content);
  }

  /* ---------- export, import, erase ---------- */

  /* JSON with sorted keys, so the checksum does not depend on key order. */
  function canonical(value) {
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    if (value && typeof value === "object") {
      return "{" + Object.keys(value).sort().map(function (key) {
        return JSON.stringify(key) + ":" + canonical(value[key]);
      }).join(",") + "}";
    }
    return JSON.stringify(value);
  }

  /* cyrb53: a fast 53-bit hash. It detects a changed or damaged file; it is no
   * signature (the file stays the learner's own, readable and editable). */
  function checksum(text) {
    var h1 = 0xdeadbeef;
    var h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  }

  function exportData() {
    var data = store.snapshot();
    return {
      format: EXPORT_FORMAT,
      storeVersion: data.version,
      course: map.version,
      exported: new Date().toISOString(),
      data: data,
      checksum: checksum(canonical(data))
    };
  }

  /* Check an export file; return {data} or {error: a message for the learner}. */
  function checkImport(text) {
    var file;
    try {
      file = JSON.parse(text);
    } catch (error) {
      return { error: "Dit bestand kan niet worden gelezen. Kies het bestand dat je bij 'Bewaar je voortgang in een bestand' hebt gemaakt." };
    }
    if (!file || file.format !== EXPORT_FORMAT || !file.data) {
      return { error: "Dit is geen voortgangsbestand van deze cursus. Er is niets veranderd." };
    }
    if (file.checksum !== checksum(canonical(file.data)) || file.storeVersion !== file.data.version) {
      return { error: "Dit bestand is veranderd of beschadigd sinds het werd gemaakt. Er is niets veranderd." };
    }
    if (!store.migrate(JSON.parse(JSON.stringify(file.data)))) {
      return { error: "Dit bestand komt uit een nieuwere versie van de cursus en kan hier niet worden gelezen. Er is niets veranderd." };
    }
    return { data: file.data };
  }

  function importData(text) {
    var checked = checkImport(text);
    if (checked.error) return checked;
    if (!store.restore(checked.data) && store.available) {
      return { error: "Je voortgang kon niet worden teruggezet. Er is niets veranderd." };
    }
    clearQuizRecords(null);
    return { ok: true };
  }

  function eraseAll() {
    store.clear();
    clearQuizRecords(null);
    try {
      window.localStorage.removeItem(store.key);
      window.localStorage.removeItem("swan-course-set-aside");
    } catch (error) {
      /* nothing stored, nothing to erase */
    }
  }

  function download(file) {
    var blob = new Blob([JSON.stringify(file, null, 2)], { type: "application/json" });
    var a = el("a", { href: URL.createObjectURL(blob), download: "swan-voortgang-" + file.exported.slice(0, 10) + ".json" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(a.href);
    }, 1000);
  }

  function renderDataControls(box) {
    var content = el("div", { "class": "swan-data" });
    var message = el("p", { "class": "swan-data__message", "aria-live": "polite", "data-testid": "swan-data-message" });

    content.appendChild(el("h3", { id: "swan-data-export" }, "Je voortgang in een bestand bewaren"));
    content.appendChild(el("p", {}, "Je krijgt een bestand met je voortgang en je aantekeningen. Bewaar het goed: er kunnen je aantekeningen in staan."));
    var exportButton = el("button", { type: "button", "class": "md-button", "data-testid": "swan-export" }, "Bewaar je voortgang in een bestand");
    exportButton.addEventListener("click", function () {
      download(exportData());
      message.textContent = "Je voortgang is bewaard in een bestand. Kijk in je map met downloads.";
    });
    content.appendChild(exportButton);

    content.appendChild(el("h3", { id: "swan-data-import" }, "Je voortgang terugzetten"));
    content.appendChild(el("p", {}, "Kies een voortgangsbestand van deze cursus. Wat nu in deze browser staat, wordt dan vervangen door wat in het bestand staat. Ook je antwoorden in de oefenvragen komen terug."));
    var label = el("label", { "for": "swan-data-file" }, "Voortgangsbestand");
    var input = el("input", { id: "swan-data-file", type: "file", accept: ".json,application/json", "data-testid": "swan-import" });
    input.addEventListener("change", function () {
      var chosen = input.files && input.files[0];
      if (!chosen) return;
      var reader = new FileReader();
      reader.onload = function () {
        var result = importData(String(reader.result));
        message.textContent = result.error || "Je voortgang is teruggezet.";
        input.value = "";
        changed();
      };
      reader.onerror = function () {
        message.textContent = "Dit bestand kan niet worden gelezen. Er is niets veranderd.";
      };
      reader.readAsText(chosen);
    });
    content.appendChild(label);
    content.appendChild(input);

    content.appendChild(el("h3", { id: "swan-data-erase" }, "Alles wissen"));
    content.appendChild(el("p", {}, "Je wist je voortgang, je antwoorden, je aantekeningen, je eindtoets en je naam in deze browser. Dat kun je niet ongedaan maken."));
    // Confirmed in the page, not with window.confirm: an LMS may run the course in a frame without dialogs.
    var eraseButton = el("button", { type: "button", "class": "md-button swan-data__erase", "data-testid": "swan-erase",
      "aria-expanded": "false", "aria-controls": "swan-data-confirm" }, "Wis alles");
    var confirmBox = el("div", { id: "swan-data-confirm", "class": "swan-data__confirm" });
    confirmBox.hidden = true;
    confirmBox.appendChild(el("p", {}, "Weet je zeker dat je alles van deze cursus in deze browser wilt wissen?"));
    var yes = el("button", { type: "button", "class": "md-button swan-data__erase", "data-testid": "swan-erase-confirm" },
      "Ja, wis alles");
    var no = el("button", { type: "button", "class": "md-button" }, "Nee, niet wissen");
    confirmBox.appendChild(yes);
    confirmBox.appendChild(no);
    function closeConfirm() {
      confirmBox.hidden = true;
      eraseButton.setAttribute("aria-expanded", "false");
      eraseButton.focus();
    }
    eraseButton.addEventListener("click", function () {
      confirmBox.hidden = false;
      eraseButton.setAttribute("aria-expanded", "true");
      yes.focus();
    });
    no.addEventListener("click", function () {
      closeConfirm();
      message.textContent = "Er is niets gewist.";
    });
    yes.addEventListener("click", function () {
      eraseAll();
      closeConfirm();
      message.textContent = "Alles is gewist.";
      changed();
    });
    content.appendChild(eraseButton);
    content.appendChild(confirmBox);
    content.appendChild(message);
    box.replaceChildren(content);
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

  window.swanProgress = {
    summary: summary,
    exportData: exportData,
    importData: importData,
    eraseAll: eraseAll
  };

  var started = false;
  var settled = false;

  function init() {
    if (started) return;
    started = true;
    try {
      visit();
      recordEindtoets();
      renderers.push(navMarks);
      placeholder("overview", renderOverview);
      placeholder("eindtoets", renderEindtoets);
      placeholder("bewijs", renderBewijs, function () {
        var current = summary();
        return current.complete ? "complete" : JSON.stringify(current);
      });
      placeholder("data", renderDataControls, function () {
        return "once";
      });
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

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
