/* SWAN course: the eindtoets in exam mode.
 *
 * The page holds the whole item pool (rendered at build time, without any correct
 * answer, feedback or explanation). Each attempt draws a fixed number of items,
 * balanced over the leerdoelen, preferring items the previous attempt did not have.
 * The learner answers everything and hands the test in; only then is the answer key
 * (a separate file, assets/eindtoets-sleutel.js) loaded, the attempt scored and
 * every item reviewed.
 *
 * Store keys (through window.swanStore; store.js checks their shape):
 *   eindtoets:poging     the attempt in progress {id, begonnen, vragen, antwoorden}
 *   eindtoets:laatste    the last attempt handed in, for its review: the attempt plus
 *                        {ingeleverd, goed, aantal, score, geslaagd, gemist}
 * At hand-in window.swanProgress.recordEindtoets keeps the best score (and, inside an
 * LMS, the best of that session): that one counts for the bewijs van deelname and the LMS.
 *
 * Learner answers are only ever put into the page as .value, .checked or .textContent.
 */
(function () {
  "use strict";

  var ATTEMPT = "eindtoets:poging";
  var LAST = "eindtoets:laatste";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function shuffled(list) {
    var copy = list.slice();
    for (var i = copy.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = copy[i];
      copy[i] = copy[j];
      copy[j] = swap;
    }
    return copy;
  }

  /* Draw n item ids: every leerdoel in turn (in a random order), a fresh item first,
   * so each leerdoel gets one item before any gets two. Returned in pool order. */
  function draw(pool, n, previous) {
    var groups = {};
    pool.forEach(function (item) {
      (groups[item.leerdoel] = groups[item.leerdoel] || []).push(item.id);
    });
    var goals = shuffled(Object.keys(groups));
    goals.forEach(function (goal) {
      var ids = shuffled(groups[goal]);
      groups[goal] = ids.filter(function (id) { return !previous[id]; })
        .concat(ids.filter(function (id) { return previous[id]; }));
    });
    var chosen = {};
    var count = 0;
    for (var round = 0; count < n; round++) {
      var added = false;
      for (var g = 0; g < goals.length && count < n; g++) {
        var id = groups[goals[g]][round];
        if (id === undefined) continue;
        chosen[id] = true;
        count += 1;
        added = true;
      }
      if (!added) break;
    }
    return pool.map(function (item) { return item.id; }).filter(function (id) { return chosen[id]; });
  }

  /* A number from a text (FNV-1a), to seed an order that stays the same for one attempt. */
  function hash(text) {
    var value = 2166136261;
    for (var i = 0; i < text.length; i++) {
      value ^= text.charCodeAt(i);
      value = Math.imul(value, 16777619) >>> 0;
    }
    return value;
  }

  /* Put an item's options in the order of this attempt: the same after a reload, another next attempt.
   * Each option keeps its value (its place in the pool), so answers and the key do not depend on it. */
  function order(item, attemptId) {
    if (!item.node.hasAttribute("data-shuffle")) return;
    var box = item.node.querySelector("fieldset");
    var options = Array.prototype.slice.call(box.querySelectorAll(".swan-exam__option"));
    var seed = hash(attemptId + "/" + item.id);
    var keyed = options.map(function (option, index) {
      seed = Math.imul(seed ^ (seed >>> 15), 2246822519) >>> 0;
      return { option: option, rank: seed + index / 1000 };
    });
    keyed.sort(function (a, b) { return a.rank - b.rank; });
    keyed.forEach(function (entry) { box.appendChild(entry.option); });
  }

  function normalise(text) {
    return String(text).trim().toLowerCase();
  }

  /* Is one answer right? Choice: exactly the correct options; fill-in: the answer, ignoring case and spaces. */
  function isRight(item, answer) {
    if (item.type === "fill-in") return typeof answer === "string" && normalise(answer) === normalise(item.answer);
    if (!Array.isArray(answer)) return false;
    var chosen = answer.slice().sort().join(",");
    return chosen === item.correct.slice().sort().join(",");
  }

  function score(attempt, key, cesuur) {
    var goed = 0;
    var missed = {};
    var items = {};
    attempt.vragen.forEach(function (id) {
      var right = Boolean(key.items[id]) && isRight(key.items[id], attempt.antwoorden[id]);
      items[id] = right;
      if (right) goed += 1;
      else if (key.items[id]) missed[key.items[id].leerdoel] = true;
    });
    var aantal = attempt.vragen.length;
    var percentage = aantal ? Math.round((goed / aantal) * 100) : 0;
    return { goed: goed, aantal: aantal, score: percentage, geslaagd: percentage >= cesuur, gemist: Object.keys(missed), items: items };
  }

  function answered(value) {
    return typeof value === "string" ? value.trim() !== "" : Array.isArray(value) && value.length > 0;
  }

  /* ---------- one exam on the page ---------- */

  function Exam(box, store) {
    this.box = box;
    this.store = store;
    this.size = Number(box.getAttribute("data-draw")) || 30;
    this.cesuur = Number(box.getAttribute("data-cesuur")) || 70;
    this.keyUrl = box.getAttribute("data-key");
    this.items = Array.prototype.map.call(box.querySelectorAll("[data-item]"), function (node) {
      return { id: node.getAttribute("data-item"), leerdoel: node.getAttribute("data-leerdoel"),
               type: node.getAttribute("data-type"), node: node };
    });
    this.byId = {};
    this.items.forEach(function (item) { this.byId[item.id] = item; }, this);
    this.part = function (name) { return box.querySelector('[data-exam-part="' + name + '"]'); };
  }

  Exam.prototype.attempt = function () {
    var saved = this.store.get(ATTEMPT);
    if (!saved) return null;
    var known = saved.vragen.every(function (id) { return this.byId[id]; }, this);
    return known ? saved : null;  /* an attempt from another version of the pool starts again */
  };

  /* The last attempt handed in, if its items are still in the pool. */
  Exam.prototype.last = function () {
    var saved = this.store.get(LAST);
    if (!saved) return null;
    return saved.vragen.every(function (id) { return this.byId[id]; }, this) ? saved : null;
  };

  /* The best score that counts (window.swanProgress keeps it), or null. */
  function best() {
    var summary = window.swanProgress && window.swanProgress.summary ? window.swanProgress.summary() : null;
    return summary && summary.eindtoets ? summary.eindtoets : null;
  }

  Exam.prototype.start = function () {
    var previous = {};
    var last = this.last();
    if (last) last.vragen.forEach(function (id) { previous[id] = true; });
    var attempt = {
      id: Date.now().toString(36) + Math.random().toString(36).slice(2, 8),
      begonnen: new Date().toISOString(),
      vragen: draw(this.items, this.size, previous),
      antwoorden: {}
    };
    this.store.set(ATTEMPT, attempt);
    this.show(attempt);
    var first = this.byId[attempt.vragen[0]];
    if (first) first.node.querySelector("input").focus();
  };

  /* Show the drawn items, numbered, with the answers given so far. */
  Exam.prototype.show = function (attempt) {
    var drawn = {};
    attempt.vragen.forEach(function (id, index) {
      drawn[id] = true;
      var node = this.byId[id].node;
      node.querySelector(".swan-exam__number").textContent = "Vraag " + (index + 1) + " van " + attempt.vragen.length;
      order(this.byId[id], attempt.id);
      this.reset(this.byId[id]);
      this.restore(this.byId[id], attempt.antwoorden[id]);
    }, this);
    this.items.forEach(function (item) { item.node.hidden = !drawn[item.id]; });
    this.part("start").hidden = true;
    this.part("items").hidden = false;
    this.part("handin").hidden = false;
    this.part("result").hidden = true;
    this.count(attempt);
  };

  /* Clear what a review of an earlier attempt left on an item: its verdict, and its inputs locked. */
  Exam.prototype.reset = function (item) {
    var review = item.node.querySelector(".swan-exam__review");
    review.replaceChildren();
    review.hidden = true;
    item.node.querySelectorAll("input").forEach(function (input) { input.disabled = false; });
  };

  Exam.prototype.restore = function (item, answer) {
    if (item.type === "fill-in") {
      item.node.querySelector('input[type="text"]').value = typeof answer === "string" ? answer : "";
      return;
    }
    var chosen = Array.isArray(answer) ? answer : [];
    item.node.querySelectorAll('input[type="radio"], input[type="checkbox"]').forEach(function (input) {
      input.checked = chosen.indexOf(Number(input.value)) >= 0;
    });
  };

  Exam.prototype.read = function (item) {
    if (item.type === "fill-in") return item.node.querySelector('input[type="text"]').value;
    return Array.prototype.filter.call(item.node.querySelectorAll("input"), function (input) {
      return input.checked;
    }).map(function (input) { return Number(input.value); });
  };

  Exam.prototype.save = function (item) {
    var attempt = this.attempt();
    if (!attempt || attempt.vragen.indexOf(item.id) < 0) return;
    attempt.antwoorden[item.id] = this.read(item);
    this.store.set(ATTEMPT, attempt);
    this.count(attempt);
  };

  Exam.prototype.open = function (attempt) {
    return attempt.vragen.filter(function (id) { return !answered(attempt.antwoorden[id]); });
  };

  Exam.prototype.count = function (attempt) {
    var open = this.open(attempt).length;
    var total = attempt.vragen.length;
    this.box.querySelector("[data-exam-count]").textContent = open ?
      "Je hebt " + (total - open) + " van de " + total + " vragen beantwoord." :
      "Je hebt alle " + total + " vragen beantwoord. Je kunt de toets inleveren.";
  };

  Exam.prototype.askHandIn = function () {
    var attempt = this.attempt();
    if (!attempt) return;
    var open = this.open(attempt);
    var confirm = this.box.querySelector(".swan-exam__confirm");
    if (!open.length) {
      this.handIn(attempt);
      return;
    }
    confirm.querySelector("[data-exam-open]").textContent = open.length === 1 ?
      "Je hebt 1 vraag nog niet beantwoord. Een open vraag telt als fout." :
      "Je hebt " + open.length + " vragen nog niet beantwoord. Een open vraag telt als fout.";
    confirm.hidden = false;
    confirm.querySelector('[data-exam-action="handin-anyway"]').focus();
  };

  /* Load the answer key once, by a script element (works from file:// and in an LMS). */
  Exam.prototype.key = function (done, failed) {
    if (window.swanExamKey) {
      done(window.swanExamKey);
      return;
    }
    var script = document.createElement("script");
    script.src = new URL(this.keyUrl, window.__md_scope || document.baseURI).href;
    script.onload = function () {
      if (window.swanExamKey && window.swanExamKey.items) done(window.swanExamKey);
      else failed();
    };
    script.onerror = failed;
    document.head.appendChild(script);
  };

  Exam.prototype.handIn = function (attempt) {
    var exam = this;
    this.box.querySelector(".swan-exam__confirm").hidden = true;
    var status = this.box.querySelector("[data-exam-count]");
    status.textContent = "De toets wordt nagekeken…";
    this.key(function (key) {
      var outcome = score(attempt, key, exam.cesuur);
      var result = {
        id: attempt.id, begonnen: attempt.begonnen, ingeleverd: new Date().toISOString(), vragen: attempt.vragen,
        antwoorden: attempt.antwoorden, goed: outcome.goed, aantal: outcome.aantal, score: outcome.score,
        geslaagd: outcome.geslaagd, gemist: outcome.gemist
      };
      exam.store.set(LAST, result);
      exam.store.remove(ATTEMPT);
      if (window.swanProgress && window.swanProgress.recordEindtoets) {
        window.swanProgress.recordEindtoets({ score: result.score, passed: result.geslaagd, datum: result.ingeleverd });
      }
      exam.review(result, key);
    }, function () {
      status.textContent = "Het nakijken lukte niet: het antwoordbestand van de toets kon niet worden geladen. " +
        "Je antwoorden zijn bewaard. Probeer het later opnieuw.";
    });
  };

  /* ---------- after hand-in: the result and every item reviewed ---------- */

  function html(markup) {
    /* Markup from the answer key, made and sanitised at build time: never learner text. */
    var template = document.createElement("template");
    template.innerHTML = markup;
    return template.content;
  }

  /* The text of an option by its value (its place in the pool), wherever the attempt shows it. */
  function labelOf(item, index) {
    var label = item.node.querySelector('label[for="' + item.node.id + "-" + Number(index) + '"]');
    return label ? label.textContent.trim() : "";
  }

  Exam.prototype.describe = function (item, answer, keyItem) {
    if (item.type === "fill-in") return typeof answer === "string" && answer.trim() ? answer : "(niet ingevuld)";
    var chosen = (Array.isArray(answer) ? answer : []).map(function (index) { return labelOf(item, index); });
    return chosen.length ? chosen.join("; ") : "(niet beantwoord)";
  };

  Exam.prototype.correctText = function (item, keyItem) {
    if (item.type === "fill-in") return keyItem.shown || keyItem.answer;
    return keyItem.correct.map(function (index) { return labelOf(item, index); }).join("; ");
  };

  Exam.prototype.reviewItem = function (item, result, keyItem) {
    var answer = result.antwoorden[item.id];
    var right = isRight(keyItem, answer);
    var box = item.node.querySelector(".swan-exam__review");
    box.replaceChildren();
    box.setAttribute("data-right", right ? "true" : "false");
    box.appendChild(el("p", { "class": "swan-exam__verdict" }, right ? "✓ Goed" : "✗ Fout"));
    box.appendChild(el("p", {}, "Jouw antwoord: " + this.describe(item, answer, keyItem)));
    if (!right) box.appendChild(el("p", {}, "Het juiste antwoord: " + this.correctText(item, keyItem)));
    (Array.isArray(answer) ? answer : []).forEach(function (index) {
      if (keyItem.feedback && keyItem.feedback[index]) {
        var feedback = el("div", { "class": "swan-exam__feedback" });
        feedback.appendChild(html(keyItem.feedback[index]));
        box.appendChild(feedback);
      }
    });
    var explanation = el("div", { "class": "swan-exam__explanation" });
    explanation.appendChild(html(keyItem.explanation));
    box.appendChild(explanation);
    box.hidden = false;
    item.node.querySelectorAll("input").forEach(function (input) { input.disabled = true; });
  };

  Exam.prototype.review = function (result, key) {
    this.show({ id: result.id, vragen: result.vragen, antwoorden: result.antwoorden });
    this.part("handin").hidden = true;
    result.vragen.forEach(function (id) {
      if (key.items[id]) this.reviewItem(this.byId[id], result, key.items[id]);
    }, this);
    this.summary(result);
  };

  Exam.prototype.summary = function (result) {
    var box = this.part("result");
    var map = window.swanCourseMap || { modules: [] };
    var top = best();
    box.replaceChildren();
    box.appendChild(el("h2", { "class": "swan-exam__title" }, "Je resultaat"));
    box.appendChild(el("p", { "class": "swan-result__score", "data-testid": "swan-exam-score" },
      "Je score: " + result.score + "% (" + result.goed + " van de " + result.aantal + " vragen goed). " +
      (result.geslaagd ? "Je bent geslaagd: je had " + this.cesuur + "% nodig." :
        "Je bent nog niet geslaagd: je hebt " + this.cesuur + "% nodig.")));
    if (top && top.score > result.score) {
      box.appendChild(el("p", {}, "Je beste score tot nu toe is " + top.score + "%. Die telt voor je bewijs van deelname."));
    }
    if (result.gemist.length) {
      box.appendChild(el("p", {}, "Lees deze leerdoelen nog eens na. Bij elk had je minstens één vraag fout:"));
      var list = el("ul", { "data-testid": "swan-exam-revisit" });
      result.gemist.forEach(function (id) {
        map.modules.forEach(function (module) {
          module.leerdoelen.forEach(function (goal) {
            if (goal.id !== id) return;
            var item = el("li");
            item.appendChild(el("span", {}, goal.tekst + " "));
            item.appendChild(el("a", { href: new URL(goal.url, window.__md_scope || document.baseURI).href }, "Lees: " + goal.title));
            list.appendChild(item);
          });
        });
      });
      box.appendChild(list);
    } else {
      box.appendChild(el("p", {}, "Je had alle vragen goed."));
    }
    box.appendChild(el("p", {}, "Hieronder zie je per vraag wat goed was, met uitleg."));
    var again = el("button", { type: "button", "class": "md-button", "data-exam-action": "start", "data-testid": "swan-exam-again" },
      "Maak een nieuwe poging");
    box.appendChild(again);
    box.hidden = false;
    box.focus({ preventScroll: true });
    box.scrollIntoView({ block: "start" });
  };

  /* The start screen: what the test is, and the best result so far. */
  Exam.prototype.welcome = function () {
    var top = best();
    var status = this.box.querySelector("[data-exam-status]");
    status.textContent = top ? "Je beste score tot nu toe is " + top.score + "%" +
      (top.passed ? ": je bent geslaagd." : ": je bent nog niet geslaagd. Je had " + this.cesuur + "% nodig.") : "";
    this.box.querySelector('[data-exam-action="review"]').hidden = !this.last();
    this.part("start").hidden = false;
    this.part("items").hidden = true;
    this.part("handin").hidden = true;
  };

  /* Show the last handed-in attempt again, with the answer key. */
  Exam.prototype.reviewLast = function () {
    var exam = this;
    var last = this.last();
    if (!last) return;
    this.key(function (key) { exam.review(last, key); }, function () {
      exam.box.querySelector("[data-exam-status]").textContent =
        "Je laatste poging kan nu niet worden getoond: het antwoordbestand van de toets kon niet worden geladen.";
    });
  };

  Exam.prototype.wire = function () {
    var exam = this;
    this.box.addEventListener("click", function (event) {
      var action = event.target.closest("[data-exam-action]");
      if (!action) return;
      var name = action.getAttribute("data-exam-action");
      if (name === "start") exam.start();
      else if (name === "handin") exam.askHandIn();
      else if (name === "review") exam.reviewLast();
      else if (name === "handin-anyway") exam.handIn(exam.attempt());
      else if (name === "continue") {
        exam.box.querySelector(".swan-exam__confirm").hidden = true;
        var open = exam.open(exam.attempt());
        if (open.length) exam.byId[open[0]].node.querySelector("input").focus();
      }
    });
    this.items.forEach(function (item) {
      item.node.addEventListener(item.type === "fill-in" ? "input" : "change", function () { exam.save(item); });
    });
  };

  function init() {
    var box = document.querySelector(".swan-exam");
    var store = window.swanStore;
    if (!box || !store || box.getAttribute("data-ready")) return;
    box.setAttribute("data-ready", "true");
    var exam = new Exam(box, store);
    exam.wire();
    var attempt = exam.attempt();
    if (attempt) exam.show(attempt);
    else exam.welcome();
  }

  /* For the unit tests of the draw and the scoring. */
  window.swanExam = { draw: draw, score: score, isRight: isRight };

  (window.swanOnPage || function (run) { document.addEventListener("DOMContentLoaded", run); })(init);
})();
