/* SWAN course: the SCORM launch page (scorm.html in the SCORM packages).
 *
 * It finds the LMS API (SCORM 1.2 "API" or SCORM 2004 "API_1484_11") in the
 * parent and opener windows, starts one LMS session and shows the course pages
 * in an iframe, so the session stays open while the learner moves between
 * pages. It reports:
 *   - the page the learner is on (lesson_location / location), to resume there;
 *   - completion, and the eindtoets of this session (see report() for the rule);
 *   - the learner's data (window.swanStore.snapshot()) as suspend_data.
 * On a relaunch the LMS data is checked by the store's own checks and merged
 * into this browser's store (the LMS wins per item; what fails is set aside),
 * and the course opens on the saved page if that is a page of the course.
 * When the LMS refuses a value or a commit, the learner is told, everything stays
 * in the browser, and the next change tries again.
 *
 * The launch page loads only course.js and this file; this file loads what it
 * needs next to it, in this order: the storage guard, the course map, the store
 * and lz-string (assets/vendor).
 *
 * suspend_data: SCORM 1.2 allows 4,096 characters. The data is compressed with
 * lz-string when plain JSON does not fit (see below). When even that does not
 * fit, the longest notes (items whose value is text) are left out first until it
 * fits; progress is kept. Notes left out stay in this browser's store, and the
 * learner is told. Nothing here depends on the course version, so data carries
 * over to a new one.
 */
(function () {
  "use strict";

  var EDITIONS = {
    scorm12: {
      api: "API", limit: 4096, locationLimit: 255,
      init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish",
      location: "cmi.core.lesson_location", suspend: "cmi.suspend_data", exit: "cmi.core.exit",
      sessionTime: "cmi.core.session_time", learner: "cmi.core.student_id"
    },
    scorm2004: {
      api: "API_1484_11", limit: 64000, locationLimit: 1000,
      init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", finish: "Terminate",
      location: "cmi.location", suspend: "cmi.suspend_data", exit: "cmi.exit",
      sessionTime: "cmi.session_time", learner: "cmi.learner_id"
    }
  };
  var NEEDS = [
    { src: "assets/storage-guard.js", ready: function () { return Boolean(window.swanStorageState); } },
    { src: "assets/course-map.js", ready: function () { return Boolean(window.swanCourseMap); } },
    { src: "assets/store.js", ready: function () { return Boolean(window.swanStore); } },
    { src: "assets/vendor/lz-string.min.js", ready: function () { return Boolean(window.LZString); } }
  ];
  var MESSAGES = {
    noLms: "Er is geen leeromgeving (LMS) gevonden. Je voortgang wordt alleen in deze browser bewaard.",
    lmsFailed: "Je voortgang kon niet worden opgeslagen in de leeromgeving. Alles blijft bewaard in deze browser. " +
      "Bij je volgende stap proberen we het opnieuw.",
    notesLeftOut: "Niet al je notities passen in de leeromgeving. Ze blijven wel bewaard in deze browser.",
    setAside: "Een deel van je opgeslagen voortgang was beschadigd. We hebben het apart gezet; " +
      "de rest van je voortgang is teruggezet."
  };

  /* ---- suspend_data: compact, and within the limit ----
   * Plain JSON {"v": store version, "i": items} when it fits. Otherwise "lz:" and
   * the items as a tree (keys split at the first ":" and the last "/", so shared
   * prefixes are written once), compressed with lz-string's
   * compressToEncodedURIComponent: letters, digits and "+-$", safe in any LMS
   * database. "z:" is the format of earlier versions (our own LZW); it is still
   * read, so a learner's data survives the update. */

  var LZ = "lz:";
  var OLD_COMPACT = "z:";
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  function toTree(items) {
    var tree = {};
    Object.keys(items).forEach(function (key) {
      var colon = key.indexOf(":");
      if (colon === -1) {
        (tree[""] = tree[""] || {})[key] = items[key];
        return;
      }
      var prefix = key.slice(0, colon + 1), rest = key.slice(colon + 1), slash = rest.lastIndexOf("/") + 1;
      var group = tree[prefix] = tree[prefix] || {};
      (group[rest.slice(0, slash)] = group[rest.slice(0, slash)] || {})[rest.slice(slash)] = items[key];
    });
    return tree;
  }

  function isObject(value) {
    return Object.prototype.toString.call(value) === "[object Object]";
  }

  /* The items of a tree; null when it is not one. */
  function fromTree(tree) {
    if (!isObject(tree)) return null;
    var items = {};
    var ok = Object.keys(tree).every(function (prefix) {
      if (!isObject(tree[prefix])) return false;
      if (prefix === "") {
        Object.keys(tree[""]).forEach(function (key) { items[key] = tree[""][key]; });
        return true;
      }
      return Object.keys(tree[prefix]).every(function (folder) {
        if (!isObject(tree[prefix][folder])) return false;
        Object.keys(tree[prefix][folder]).forEach(function (name) {
          items[prefix + folder + name] = tree[prefix][folder][name];
        });
        return true;
      });
    });
    return ok ? items : null;
  }

  /* The earlier versions' LZW: the k-th code (from 0) takes as many bits as 256 + k needs. */
  function width(k) {
    return (256 + k).toString(2).length;
  }

  function oldDecompress(text) {
    var bitsIn = [], dictionary = [], out = [], previous = null;
    for (var c = 0; c < text.length; c += 1) {
      var value = DIGITS.indexOf(text.charAt(c));
      if (value === -1) throw new Error("not compact suspend data");
      for (var bit = 5; bit >= 0; bit -= 1) bitsIn.push((value >> bit) & 1);
    }
    for (var b = 0; b < 256; b += 1) dictionary.push([b]);
    var at = 0;
    for (var k = 0; at + width(k) <= bitsIn.length; k += 1) {
      var code = 0;
      for (var n = width(k); n > 0; n -= 1) code = code * 2 + bitsIn[at++];
      var entry;
      if (code < dictionary.length) entry = dictionary[code];
      else if (code === dictionary.length && previous) entry = previous.concat([previous[0]]);
      else throw new Error("not compact suspend data");
      Array.prototype.push.apply(out, entry);
      if (previous) dictionary.push(previous.concat([entry[0]]));
      previous = entry;
    }
    return new TextDecoder().decode(new Uint8Array(out));
  }

  function encode(version, items, limit) {
    var plain = JSON.stringify({ v: version, i: items });
    if (plain.length <= limit || !window.LZString) return plain;
    return LZ + window.LZString.compressToEncodedURIComponent(JSON.stringify({ v: version, t: toTree(items) }));
  }

  /* Pack a store snapshot into at most limit characters. Returns the text and
   * the keys left out: first the longest notes (text values), then, only if
   * progress alone is still too long, the largest other items. */
  function pack(snapshot, limit) {
    var items = {}, dropped = [];
    var source = (snapshot && snapshot.items) || {};
    Object.keys(source).forEach(function (key) { items[key] = source[key]; });
    var version = snapshot && snapshot.version;
    var text = encode(version, items, limit);
    function size(key) { return JSON.stringify(items[key]).length; }
    function byLongest(keys) {
      return keys.sort(function (a, b) { return size(b) - size(a) || (a < b ? -1 : 1); });
    }
    var notes = byLongest(Object.keys(items).filter(function (key) { return typeof items[key] === "string"; }));
    var others = byLongest(Object.keys(items).filter(function (key) { return typeof items[key] !== "string"; }));
    var queue = notes.concat(others);
    while (text.length > limit && queue.length) {
      var key = queue.shift();
      delete items[key];
      dropped.push(key);
      text = encode(version, items, limit);
    }
    return { text: text, dropped: dropped };
  }

  /* {version, items} from a suspend_data text, or null when it is not ours. Only the
   * container is read here: the store checks every item before the course uses it. */
  function unpack(text) {
    try {
      if (typeof text !== "string" || text === "") return null;
      if (text.indexOf(LZ) === 0) {
        if (!window.LZString) return null;
        return fromCompact(JSON.parse(window.LZString.decompressFromEncodedURIComponent(text.slice(LZ.length))));
      }
      if (text.indexOf(OLD_COMPACT) === 0) return fromCompact(JSON.parse(oldDecompress(text.slice(OLD_COMPACT.length))));
      var data = JSON.parse(text);
      return isObject(data) && isObject(data.i) ? { version: data.v, items: data.i } : null;
    } catch (error) {
      return null; /* not our data: ignore it */
    }
  }

  function fromCompact(compact) {
    var items = isObject(compact) ? fromTree(compact.t) : null;
    return items ? { version: compact.v, items: items } : null;
  }

  /* ---- where to resume ----
   * Only a page of the course: its path must be one of the course map's pages
   * (no other host, no path outside the package, no scheme, no ".."), with at
   * most a plain #fragment. */

  function pageUrls() {
    var map = window.swanCourseMap;
    var urls = {};
    if (map && isObject(map.pages)) {
      Object.keys(map.pages).forEach(function (src) {
        var url = map.pages[src] && map.pages[src].url;
        if (typeof url === "string") urls[url === "" ? "index.html" : url] = true;
      });
    }
    return urls;
  }

  /* The page to open for an LMS location, or null when it is not a page of this course. */
  function coursePage(location, limit) {
    if (typeof location !== "string" || location === "" || location.length > (limit || 4000)) return null;
    var hash = location.indexOf("#");
    var path = hash === -1 ? location : location.slice(0, hash);
    var fragment = hash === -1 ? "" : location.slice(hash);
    if (fragment && !/^#[A-Za-z0-9._~-]{0,200}$/.test(fragment)) return null;
    return Object.prototype.hasOwnProperty.call(pageUrls(), path) ? path + fragment : null;
  }

  /* ---- the LMS API ---- */

  /* ADL's discovery: the window itself and its parents (at most 500 levels),
   * then the opener and its parents. */
  function findIn(win, name) {
    for (var level = 0; win && level < 500; level += 1) {
      try {
        if (win[name]) return win[name];
      } catch (error) {
        /* another origin: look further up */
      }
      if (!win.parent || win.parent === win) break;
      win = win.parent;
    }
    return null;
  }

  function findApi(name) {
    var api = findIn(window, name);
    if (!api && window.opener) api = findIn(window.opener, name);
    if (!api && window.top && window.top.opener) api = findIn(window.top.opener, name);
    return api;
  }

  function twoDigits(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function sessionTime(edition, milliseconds) {
    var seconds = Math.max(0, Math.round(milliseconds / 1000));
    var hours = Math.floor(seconds / 3600), minutes = Math.floor(seconds / 60) % 60, rest = seconds % 60;
    if (edition === "scorm12") {
      return twoDigits(Math.min(hours, 9999)) + ":" + twoDigits(minutes) + ":" + twoDigits(rest);
    }
    return "PT" + hours + "H" + minutes + "M" + rest + "S";
  }

  function Connection(edition) {
    this.edition = edition;
    this.names = EDITIONS[edition];
    this.api = findApi(this.names.api);
    this.open = false;
    this.sent = {};
  }

  /* The LMS's answer as text; null when the call threw. */
  Connection.prototype.call = function (method, a, b) {
    try {
      var result = b === undefined ? this.api[method](a) : this.api[method](a, b);
      return String(result);
    } catch (error) {
      return null;
    }
  };
  Connection.prototype.start = function () {
    if (!this.api) return false;
    this.open = this.call(this.names.init, "") === "true";
    return this.open;
  };
  Connection.prototype.get = function (element) {
    if (!this.open) return "";
    var value = this.call(this.names.get, element);
    return value === null || value === "undefined" || value === "null" ? "" : value;
  };
  /* true when the LMS took the value (or already had it from us). */
  Connection.prototype.set = function (element, value) {
    if (!this.open) return false;
    /* Only what changed: an LMS may send every value over the network. A refused value is sent again. */
    if (this.sent[element] === String(value)) return true;
    var done = this.call(this.names.set, element, String(value)) === "true";
    if (done) this.sent[element] = String(value);
    return done;
  };
  Connection.prototype.commit = function () {
    return this.open && this.call(this.names.commit, "") === "true";
  };
  Connection.prototype.finish = function () {
    if (!this.open) return;
    this.call(this.names.finish, "");
    this.open = false;
  };

  /* ---- what is reported ----
   * SCORM 1.2 and 2004 say the same:
   *   completed  every module done (all its pages opened, all its questions answered);
   *   passed     completed, and the best eindtoets handed in during this LMS session at or above the cesuur;
   *   failed     completed, and that eindtoets below the cesuur;
   *   before completion 1.2 says incomplete; 2004 completion incomplete, success unknown;
   *   the score is the best eindtoets of this session, sent as soon as there is one.
   * An eindtoets result from an import, from outside the LMS or from an earlier session is never
   * reported. What the LMS already holds from an earlier session is never lowered: a pass stays a
   * pass, completed stays completed, and a lower score is not sent. */

  var RANK_12 = { passed: 3, failed: 2, completed: 1 };
  var RANK_SUCCESS = { passed: 2, failed: 1 };

  function pagesFraction(summary) {
    var visited = 0, total = 0;
    (summary.modules || []).forEach(function (module) {
      visited += Number(module.pagesVisited) || 0;
      total += Number(module.pagesTotal) || 0;
    });
    return total ? Math.min(1, visited / total) : 0;
  }

  function modulesDone(summary) {
    var modules = summary.modules || [];
    return modules.length > 0 && modules.every(function (module) { return module.done === true; });
  }

  /* What the LMS held when this session started, so that nothing is lowered. */
  function heldAtLaunch(lms) {
    var names = lms.edition === "scorm12"
      ? { status: "cmi.core.lesson_status", score: "cmi.core.score.raw" }
      : { status: "cmi.completion_status", success: "cmi.success_status", score: "cmi.score.raw" };
    var score = parseFloat(lms.get(names.score));
    return {
      status: lms.get(names.status),
      success: names.success ? lms.get(names.success) : "",
      score: isFinite(score) ? score : null
    };
  }

  /* Report a swanProgress summary and this session's eindtoets (or null); true when the LMS took it all. */
  function report(lms, summary, test, held) {
    if (!summary) return true; /* no progress script on this page: report nothing rather than guess */
    var cesuur = Number(window.swanCourseMap && window.swanCourseMap.cesuur) || 70;
    var done = modulesDone(summary);
    var score = test ? Math.max(0, Math.min(100, Math.round(test.score))) : null;
    var passed = test ? score >= cesuur : false;
    var ok = true;
    var sendScore = score !== null && !(held.score !== null && held.score > score);
    if (lms.edition === "scorm12") {
      var status = !done ? "incomplete" : test ? (passed ? "passed" : "failed") : "completed";
      if ((RANK_12[status] || 0) >= (RANK_12[held.status] || 0)) ok = lms.set("cmi.core.lesson_status", status) && ok;
      if (sendScore) {
        ok = lms.set("cmi.core.score.min", "0") && ok;
        ok = lms.set("cmi.core.score.max", "100") && ok;
        ok = lms.set("cmi.core.score.raw", String(score)) && ok;
      }
      return ok;
    }
    if (done || held.status !== "completed") {
      ok = lms.set("cmi.completion_status", done ? "completed" : "incomplete") && ok;
    }
    ok = lms.set("cmi.progress_measure", pagesFraction(summary).toFixed(4)) && ok;
    var success = done && test ? (passed ? "passed" : "failed") : "unknown";
    if ((RANK_SUCCESS[success] || 0) >= (RANK_SUCCESS[held.success] || 0)) {
      ok = lms.set("cmi.success_status", success) && ok;
    }
    if (sendScore) {
      ok = lms.set("cmi.score.min", "0") && ok;
      ok = lms.set("cmi.score.max", "100") && ok;
      ok = lms.set("cmi.score.raw", String(score)) && ok;
      ok = lms.set("cmi.score.scaled", String(score / 100)) && ok;
    }
    return ok;
  }

  /* This session's eindtoets: handed in during this session (progress.js marks it), never imported. */
  function sessionResult(store, session) {
    var result = store ? store.get("eindtoets:sessie") : null;
    return result && result.sessie === session && !result.geimporteerd ? result : null;
  }

  function newSessionId() {
    var bytes = new Uint8Array(12);
    try {
      window.crypto.getRandomValues(bytes);
    } catch (error) {
      for (var i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    return Array.prototype.map.call(bytes, function (byte) { return (byte < 16 ? "0" : "") + byte.toString(16); }).join("");
  }

  /* ---- the launch page ---- */

  /* The LMS learner whose data this browser holds (a store item, so it travels in suspend_data). */
  var LEARNER_KEY = "lms-leerling";

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

  function start() {
    var body = document.body;
    var edition = body.getAttribute("data-scorm");
    if (!EDITIONS[edition]) return;
    var frame = document.querySelector(".swan-scorm__course");
    var status = document.querySelector(".swan-scorm__status");
    var store = window.swanStore || null;
    var lms = new Connection(edition);
    var session = newSessionId();
    window.swanScorm.session = session;
    var started = Date.now();
    var base = new URL(".", window.location.href).href;
    var lastSummary = null, commitTimer = null, held = { status: "", success: "", score: null };
    var messages = { noLms: false, lmsFailed: false, notesLeftOut: false, setAside: false };

    function say() {
      messages.setAside = messages.setAside || Boolean(store && store.setAside);
      var text = Object.keys(messages).filter(function (name) { return messages[name]; })
        .map(function (name) { return MESSAGES[name]; }).join(" ");
      if (status.textContent !== text) status.textContent = text;
      status.hidden = !text;
    }

    function saveStore() {
      if (!store) return true;
      var packed = pack(store.snapshot(), lms.names.limit);
      messages.notesLeftOut = packed.dropped.length > 0;
      return lms.set(lms.names.suspend, packed.text);
    }

    /* Report, save and commit; tell the learner when the LMS refused anything, and clear that once it works. */
    function sync() {
      if (!lms.open) return;
      if (store) store.reload(); /* the course frame wrote the newest data */
      var ok = report(lms, lastSummary, sessionResult(store, session), held);
      ok = saveStore() && ok;
      ok = lms.commit() && ok;
      messages.lmsFailed = !ok;
      say();
    }

    function syncSoon() {
      if (commitTimer) return;
      commitTimer = window.setTimeout(function () {
        commitTimer = null;
        sync();
      }, 1000);
    }

    function currentPage() {
      try {
        var url = frame.contentWindow.location.href.split("?")[0];
        return url.indexOf(base) === 0 ? url.slice(base.length) : null;
      } catch (error) {
        return null;
      }
    }

    function progressOf(win) {
      try {
        return win.swanProgress && typeof win.swanProgress.summary === "function" ? win.swanProgress.summary() : null;
      } catch (error) {
        return null;
      }
    }

    function pageLoaded() {
      var win = frame.contentWindow;
      var page = coursePage(currentPage(), lms.names.locationLimit);
      if (page && lms.open) lms.set(lms.names.location, page);
      lastSummary = progressOf(win) || lastSummary;
      sync();
      try {
        win.addEventListener("swan:progress", function (event) {
          lastSummary = event.detail || lastSummary;
          syncSoon();
        });
        win.addEventListener("swan:store-change", syncSoon);
      } catch (error) {
        /* a page of another origin: nothing to listen to */
      }
    }

    var finished = false;
    function finish() {
      if (finished) return;
      finished = true;
      if (commitTimer) window.clearTimeout(commitTimer);
      if (lms.open) {
        lastSummary = progressOf(frame.contentWindow) || lastSummary;
        if (store) store.reload();
        report(lms, lastSummary, sessionResult(store, session), held);
        saveStore();
        lms.set(lms.names.sessionTime, sessionTime(edition, Date.now() - started));
        lms.set(lms.names.exit, "suspend");
        lms.commit();
        lms.finish();
      }
    }

    /* The LMS's copy of the learner's data, checked item by item by the store. */
    function takeSaved(text) {
      if (!store || !text) return;
      var saved = unpack(text);
      var usable = saved && typeof saved.version === "number" && Math.floor(saved.version) === saved.version &&
        saved.version >= 1 && saved.version <= store.version;
      if (!usable) {
        store.keepAside("leeromgeving suspend_data", text);
        messages.setAside = true;
        return;
      }
      var bad = store.merge(saved.items, "leeromgeving");
      if (bad && bad.length) messages.setAside = true;
    }

    var page = "index.html";
    if (lms.start()) {
      held = heldAtLaunch(lms);
      /* A first launch: the learner has started. */
      if (edition === "scorm12" && /^(not attempted)?$/.test(held.status)) {
        lms.set("cmi.core.lesson_status", "incomplete");
      }
      if (edition === "scorm2004" && /^(unknown|not attempted)?$/.test(held.status)) {
        lms.set("cmi.completion_status", "incomplete");
      }
      /* A browser shared by several learners of this LMS (a team computer): data that another
       * learner left in this browser is not theirs to continue or to report. */
      var learner = lms.get(lms.names.learner);
      if (store && learner) {
        var owner = store.get(LEARNER_KEY);
        if (owner && owner !== learner) forgetLocalData(store);
      }
      takeSaved(lms.get(lms.names.suspend));
      if (store && learner) store.set(LEARNER_KEY, learner);
      page = coursePage(lms.get(lms.names.location), lms.names.locationLimit) || page;
    } else {
      messages.noLms = true;
    }
    say();

    frame.addEventListener("load", pageLoaded);
    window.addEventListener("pagehide", finish);
    window.addEventListener("beforeunload", finish);
    frame.src = page;
  }

  /* Load what the launch page needs, one after the other; a file that does not load is left out. */
  function prepare(then) {
    var missing = NEEDS.filter(function (need) { return !need.ready(); });
    (function next() {
      var need = missing.shift();
      if (!need) {
        then();
        return;
      }
      var script = document.createElement("script");
      script.src = need.src;
      script.onload = next;
      script.onerror = next;
      document.head.appendChild(script);
    })();
  }

  window.swanScorm = { pack: pack, unpack: unpack, sessionTime: sessionTime, coursePage: coursePage, session: null };

  function launch() {
    if (!EDITIONS[document.body.getAttribute("data-scorm")]) return;
    prepare(start);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", launch);
  } else {
    launch();
  }
})();
