/* SWAN course: the cmi5 launch page (cmi5.html in the cmi5 package).
 *
 * A cmi5 LMS opens cmi5.html with the launch parameters endpoint, fetch, actor,
 * registration and activityId. This page talks to the LMS only through
 * @xapi/cmi5 (assets/vendor/cmi5.umd.js, global Cmi5): initialize() fetches the
 * auth token, reads LMS.LaunchData and the learner preferences and sends
 * "initialized". The course pages are shown in an iframe, so the session stays
 * open while the learner moves between pages. This page then sends:
 *   completed  once per registration, when every module is done;
 *   passed     once per registration, when the eindtoets score reaches the
 *              masteryScore (the LMS's, else the course pass mark);
 *   failed     when the eindtoets is handed in below it (at most one judgement
 *              per session, never after passed: the cmi5 ordering rules);
 *   terminated when the learner presses "Cursus afsluiten" (then the page goes
 *              to the LMS's returnURL), or as a last try when the page is left.
 * In the launch modes Browse and Review only initialized and terminated go out.
 *
 * Nothing is lost when the LMS is unreachable: what was sent is recorded per
 * registration in the store (xapi:cmi5:<registration>), and what is still due is
 * worked out again from the learner's progress: on the next progress change, when
 * the browser is back online, before terminating, and on the next launch. A retry
 * reuses the statement id, so an LMS never stores one twice.
 * Only summary().modules[].done of window.swanProgress is read, and the best eindtoets
 * handed in during this launch (eindtoets:sessie with this launch's id; see thisSession). Store keys (their shapes are checked by store.js):
 *   xapi:cmi5:<registration>  {completed: bool, passed: bool, failed: null | score, ids: {verb: uuid}}
 *   xapi:cmi5:leerling        the LMS learner whose data this browser holds
 */
(function () {
  "use strict";

  var RECORD = "xapi:cmi5:";
  var LEARNER = "xapi:cmi5:leerling";
  var TEXT = {
    connecting: "De cursus maakt verbinding met de leeromgeving.",
    alone: "De cursus is niet vanuit een leeromgeving geopend. Je voortgang wordt alleen in deze browser bewaard.",
    noLms: "De cursus kan de leeromgeving niet bereiken. Je kunt gewoon verder: je voortgang blijft in deze " +
      "browser bewaard. Open de cursus later opnieuw vanuit de leeromgeving, dan gaat je resultaat alsnog mee.",
    waiting: "De leeromgeving is even niet bereikbaar. Je voortgang blijft in deze browser bewaard en gaat " +
      "later mee.",
    browse: "Je bekijkt de cursus. Je resultaat wordt nu niet doorgegeven aan de leeromgeving.",
    nextTime: "Je hebt de eindtoets gehaald. De leeromgeving krijgt dat door als je de cursus de volgende keer opent.",
    closing: "De cursus wordt afgesloten.",
    closed: "Je hebt de cursus afgesloten. Je kunt dit venster nu sluiten.",
    notClosed: "Afsluiten lukte niet, omdat de leeromgeving niet bereikbaar is. Je voortgang blijft in deze " +
      "browser bewaard. Sluit dit venster en open de cursus later opnieuw."
  };

  function uuid() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
  }

  /* ---- what the LMS already has, per registration (validated by shape) ---- */

  function readRecord(store, registration) {
    var key = RECORD + registration;
    var value = store ? store.get(key) : null;
    return store && value !== null && store.valid(key, value) ? value
      : { completed: false, passed: false, failed: null, ids: {} };
  }

  /* A score from the course as cmi5 wants it: scaled 0..1, raw 0..100. */
  function scoreOf(eindtoets) {
    var raw = Math.max(0, Math.min(100, Math.round(Number(eindtoets.score) || 0)));
    return { scaled: raw / 100, raw: raw, min: 0, max: 100 };
  }

  function masteryOf(launchData, fallback) {
    var value = launchData && launchData.masteryScore;
    if (typeof value === "number" && value >= 0 && value <= 1) return value;
    var own = Number(fallback);
    return own >= 0 && own <= 1 ? own : 1;
  }

  /* What is due now, in order: [{verb, score?}]. Pure: the tests and the page share it. */
  function due(summary, record, session, mastery) {
    var out = [];
    if (!summary) return out;
    var modules = summary.modules || [];
    if (!record.completed && modules.length && modules.every(function (m) { return m.done === true; })) {
      out.push({ verb: "completed" });
    }
    var test = summary.eindtoets;
    if (test && !record.passed && !session.judged) {
      var score = scoreOf(test);
      if (score.scaled >= mastery) out.push({ verb: "passed", score: score });
      else if (record.failed !== score.raw) out.push({ verb: "failed", score: score });
    }
    return out;
  }

  /* A browser shared by several learners of this LMS (a team computer): data that another learner
   * left here is not theirs to continue or to report. True when it was removed. */
  function checkLearner(store, actor) {
    if (!store || !actor || !actor.account) return false;
    var learner = String(actor.account.homePage || "") + "|" + String(actor.account.name || "");
    var owner = store.get(LEARNER);
    var other = store.valid(LEARNER, owner) && owner !== learner;
    if (other) forgetLocalData(store);
    store.set(LEARNER, learner);
    return other;
  }

  /* Remove the store's items and mkdocs-quiz's records of this package from this browser. */
  function forgetLocalData(store) {
    store.clear();
    var prefix = "quiz_progress_" + window.location.pathname.replace(/[^/]*$/, "");
    try {
      for (var i = window.localStorage.length - 1; i >= 0; i--) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(prefix) === 0) window.localStorage.removeItem(key);
      }
    } catch (error) {
      /* storage is unavailable: there is nothing to forget */
    }
  }

  function safeReturnUrl(value) {
    if (typeof value !== "string" || !value) return null;
    try {
      var url = new URL(value, window.location.href);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function statusOf(error) {
    return error && error.response && typeof error.response.status === "number" ? error.response.status : 0;
  }

  /* ---- the launch page ---- */

  function start() {
    var frame = document.querySelector(".swan-scorm__course");
    var status = document.querySelector(".swan-cmi5__status");
    var exit = document.querySelector(".swan-cmi5__exit");
    var store = window.swanStore;
    var fallbackMastery = document.body.getAttribute("data-mastery");
    var cmi5 = null, launchData = null, registration = null;
    var session = { judged: false };
    var lastSummary = null, busy = null, again = false, terminated = false, failing = false;
    /* Names this launch: an eindtoets handed in during it carries this id (progress.js), and only such a
     * result is reported, never one from an import, another launch or outside the LMS (as in scorm.js). */
    var sessionId = uuid();
    window.swanCmi5.session = sessionId;

    function say(text) {
      status.textContent = text || "";
      status.hidden = !text;
    }

    function showCourse() {
      frame.src = "index.html";
    }

    function progressOf(win) {
      try {
        var summary = win.swanProgress && typeof win.swanProgress.summary === "function" ? win.swanProgress.summary() : null;
        if (summary) summary.eindtoets = thisSession();
        return summary;
      } catch (error) {
        return null;
      }
    }

    /* The best eindtoets handed in during this launch, or null. */
    function thisSession() {
      var result = store ? store.get("eindtoets:sessie") : null;
      return result && result.sessie === sessionId && !result.geimporteerd && result.vorm === "examen" ?
        { score: result.score, passed: result.passed } : null;
    }

    function normal() {
      return launchData && launchData.launchMode === "Normal";
    }

    /* Send one statement through the library, with a statement id that stays the same on a retry. */
    function send(item, record) {
      var id = record.ids[item.verb] = record.ids[item.verb] || uuid();
      if (store) store.set(RECORD + registration, record);
      var options = { transform: function (statement) { statement.id = id; return statement; } };
      var sending = item.verb === "completed" ? cmi5.complete(options)
        : item.verb === "passed" ? cmi5.pass(item.score, options) : cmi5.fail(item.score, options);
      return Promise.resolve(sending).catch(function (error) {
        /* 409: the LMS already has a statement with this id, so an earlier try did arrive. */
        if (statusOf(error) !== 409) throw error;
      }).then(function () {
        if (item.verb === "completed") record.completed = true;
        if (item.verb === "passed") record.passed = true;
        if (item.verb === "failed") record.failed = item.score.raw;
        if (item.verb !== "completed") session.judged = true;
        delete record.ids[item.verb];
        if (store) store.set(RECORD + registration, record);
      });
    }

    /* Send what is due, one after the other; true when nothing is left. */
    function flush() {
      if (!cmi5 || terminated || !normal()) return Promise.resolve(true);
      if (busy) {
        again = true;
        return busy;
      }
      var record = readRecord(store, registration);
      var items = due(lastSummary, record, session, masteryOf(launchData, fallbackMastery));
      busy = items.reduce(function (chain, item) {
        return chain.then(function () { return send(item, record); });
      }, Promise.resolve()).then(function () {
        failing = false;
        var test = lastSummary && lastSummary.eindtoets;
        var waitsForNextTime = test && session.judged && !record.passed &&
          scoreOf(test).scaled >= masteryOf(launchData, fallbackMastery);
        say(waitsForNextTime ? TEXT.nextTime : "");
        return true;
      }, function () {
        failing = true;
        say(TEXT.waiting);
        return false;
      }).then(function (done) {
        busy = null;
        if (again) {
          again = false;
          return flush();
        }
        return done;
      });
      return busy;
    }

    function pageLoaded() {
      var win = frame.contentWindow;
      lastSummary = progressOf(win) || lastSummary;
      flush();
      try {
        win.addEventListener("swan:progress", function (event) {
          lastSummary = event.detail || lastSummary;
          flush();
        });
      } catch (error) {
        /* a page of another origin: nothing to listen to */
      }
    }

    function leave() {
      exit.disabled = true;
      say(TEXT.closing);
      lastSummary = progressOf(frame.contentWindow) || lastSummary;
      flush().then(function (done) {
        if (!done) throw new Error("not sent");
        return cmi5.terminate();
      }).then(function () {
        terminated = true;
        var back = safeReturnUrl(launchData.returnURL);
        if (back) {
          window.location.href = back;
          return;
        }
        frame.hidden = true;
        exit.hidden = true;
        say(TEXT.closed);
      }, function () {
        exit.disabled = false;
        say(TEXT.notClosed);
      });
    }

    frame.addEventListener("load", pageLoaded);
    var Cmi5 = window.Cmi5;
    if (!Cmi5 || !Cmi5.isCmiAvailable) {
      say(TEXT.alone);
      showCourse();
      return;
    }
    try {
      cmi5 = new Cmi5();
      registration = cmi5.getLaunchParameters().registration;
    } catch (error) {
      say(TEXT.alone);
      showCourse();
      return;
    }
    say(TEXT.connecting);
    showCourse();
    cmi5.initialize().then(function () {
      launchData = cmi5.getLaunchData() || {};
      if (checkLearner(store, cmi5.getLaunchParameters().actor)) frame.src = "index.html";
      say(normal() ? "" : TEXT.browse);
      exit.hidden = false;
      exit.addEventListener("click", leave);
      window.addEventListener("online", function () { if (failing) flush(); });
      /* A last try when the page goes away without "Cursus afsluiten"; if it does not arrive,
       * the LMS closes the session itself (cmi5: abandoned). */
      window.addEventListener("pagehide", function () {
        if (terminated) return;
        terminated = true;
        try { cmi5.terminate(); } catch (error) { /* nothing more to do */ }
      });
      lastSummary = progressOf(frame.contentWindow) || lastSummary;
      flush();
    }, function (error) {
      cmi5 = null;
      say(TEXT.noLms);
      if (window.console) window.console.warn("cmi5: the LMS did not start a session:", error && error.message);
    });
  }

  window.swanCmi5 = { due: due, masteryOf: masteryOf, scoreOf: scoreOf };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
