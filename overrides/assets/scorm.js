/* SWAN course: the SCORM launch page (scorm.html in the SCORM packages).
 *
 * It finds the LMS API (SCORM 1.2 "API" or SCORM 2004 "API_1484_11") in the
 * parent and opener windows, starts one LMS session and shows the course pages
 * in an iframe, so the session stays open while the learner moves between
 * pages. It reports:
 *   - the page the learner is on (lesson_location / location), to resume there;
 *   - progress: incomplete or completed (window.swanProgress in the course page);
 *   - the eindtoets: passed or failed, and the score as a percentage;
 *   - the learner's data (window.swanStore.snapshot()) as suspend_data.
 * On a relaunch the LMS data is merged into this browser's store (the LMS wins
 * per item), and the course opens on the saved page.
 *
 * suspend_data: SCORM 1.2 allows 4,096 characters. The data is compacted when
 * plain JSON does not fit (see below). When even that does not fit, the longest
 * notes (items whose value is text) are left out first until it fits; progress
 * is kept. Notes left out stay in this browser's store, and the learner is told.
 * Nothing here depends on the course version, so data carries over to a new one.
 */
(function () {
  "use strict";

  var EDITIONS = {
    scorm12: {
      api: "API", limit: 4096, locationLimit: 255,
      init: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish",
      location: "cmi.core.lesson_location", suspend: "cmi.suspend_data", exit: "cmi.core.exit",
      sessionTime: "cmi.core.session_time"
    },
    scorm2004: {
      api: "API_1484_11", limit: 64000, locationLimit: 1000,
      init: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", finish: "Terminate",
      location: "cmi.location", suspend: "cmi.suspend_data", exit: "cmi.exit",
      sessionTime: "cmi.session_time"
    }
  };
  var SAFE_PAGE = /^(?!.*\.\.)[A-Za-z0-9._~\-\/]*[A-Za-z0-9_~\-]\.html(#[A-Za-z0-9._~\-]*)?$/;

  /* ---- suspend_data: compact, and within the limit ----
   * Plain JSON {"v": store version, "i": items} when it fits. Otherwise "z:" and
   * the items as a tree (keys split at the first ":" and the last "/", so shared
   * prefixes are written once), LZW-compressed and written with the 64 URL-safe
   * base64 characters: safe in any LMS database. A whole course of progress is
   * about 9,700 characters as JSON and about 3,300 this way. */

  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var COMPACT = "z:";

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

  function fromTree(tree) {
    var items = {};
    Object.keys(tree).forEach(function (prefix) {
      if (prefix === "") {
        Object.keys(tree[""]).forEach(function (key) { items[key] = tree[""][key]; });
        return;
      }
      Object.keys(tree[prefix]).forEach(function (folder) {
        Object.keys(tree[prefix][folder]).forEach(function (name) {
          items[prefix + folder + name] = tree[prefix][folder][name];
        });
      });
    });
    return items;
  }

  /* The k-th code (from 0) takes as many bits as 256 + k needs, on both sides. */
  function width(k) {
    return (256 + k).toString(2).length;
  }

  function compress(text) {
    var bytes = new TextEncoder().encode(text);
    var dictionary = new Map(), next = 256, current = -1, k = 0, buffer = 0, bits = 0, out = [];
    function emit(code) {
      var size = width(k++);
      for (var bit = size - 1; bit >= 0; bit -= 1) {
        buffer = (buffer << 1) | ((code >> bit) & 1);
        bits += 1;
        if (bits === 6) {
          out.push(DIGITS.charAt(buffer));
          buffer = 0;
          bits = 0;
        }
      }
    }
    for (var i = 0; i < bytes.length; i += 1) {
      if (current === -1) {
        current = bytes[i];
        continue;
      }
      var key = current * 256 + bytes[i];
      var known = dictionary.get(key);
      if (known !== undefined) {
        current = known;
      } else {
        emit(current);
        dictionary.set(key, next);
        next += 1;
        current = bytes[i];
      }
    }
    if (current !== -1) emit(current);
    if (bits > 0) out.push(DIGITS.charAt(buffer << (6 - bits)));
    return out.join("");
  }

  function decompress(text) {
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
    if (plain.length <= limit) return plain;
    return COMPACT + compress(JSON.stringify({ v: version, t: toTree(items) }));
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

  /* The snapshot in a suspend_data text, or null when it is not ours. */
  function unpack(text) {
    try {
      if (text.indexOf(COMPACT) === 0) {
        var compact = JSON.parse(decompress(text.slice(COMPACT.length)));
        if (compact && typeof compact.t === "object" && compact.t !== null) {
          return { version: compact.v, items: fromTree(compact.t) };
        }
        return null;
      }
      var data = JSON.parse(text);
      if (data && typeof data.i === "object" && data.i !== null) return { version: data.v, items: data.i };
    } catch (error) {
      /* not our data: ignore it */
    }
    return null;
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

  Connection.prototype.call = function (method, a, b) {
    try {
      var result = b === undefined ? this.api[method](a) : this.api[method](a, b);
      return result;
    } catch (error) {
      return "";
    }
  };
  Connection.prototype.start = function () {
    if (!this.api) return false;
    this.open = String(this.call(this.names.init, "")) === "true";
    return this.open;
  };
  Connection.prototype.get = function (element) {
    return this.open ? String(this.call(this.names.get, element) || "") : "";
  };
  Connection.prototype.set = function (element, value) {
    if (!this.open) return false;
    /* Only what changed: an LMS may send every value over the network. */
    if (this.sent[element] === String(value)) return true;
    var done = String(this.call(this.names.set, element, String(value))) === "true";
    if (done) this.sent[element] = String(value);
    return done;
  };
  Connection.prototype.commit = function () {
    return this.open && String(this.call(this.names.commit, "")) === "true";
  };
  Connection.prototype.finish = function () {
    if (!this.open) return;
    this.call(this.names.finish, "");
    this.open = false;
  };

  /* ---- what is reported ---- */

  function pagesFraction(summary) {
    var visited = 0, total = 0;
    (summary.modules || []).forEach(function (module) {
      visited += Number(module.pagesVisited) || 0;
      total += Number(module.pagesTotal) || 0;
    });
    return total ? Math.min(1, visited / total) : 0;
  }

  /* Report a swanProgress summary: completion, and the eindtoets once it was done. */
  function reportProgress(lms, summary) {
    if (!summary) return; /* no progress script on this page: report nothing rather than guess */
    var test = summary.eindtoets;
    var score = test ? Math.max(0, Math.min(100, Math.round(Number(test.score) || 0))) : null;
    if (lms.edition === "scorm12") {
      var status = test ? (test.passed ? "passed" : "failed") : (summary.complete ? "completed" : "incomplete");
      lms.set("cmi.core.lesson_status", status);
      if (test) {
        lms.set("cmi.core.score.min", "0");
        lms.set("cmi.core.score.max", "100");
        lms.set("cmi.core.score.raw", String(score));
      }
      return;
    }
    lms.set("cmi.completion_status", summary.complete ? "completed" : "incomplete");
    lms.set("cmi.progress_measure", pagesFraction(summary).toFixed(4));
    if (test) {
      lms.set("cmi.success_status", test.passed ? "passed" : "failed");
      lms.set("cmi.score.min", "0");
      lms.set("cmi.score.max", "100");
      lms.set("cmi.score.raw", String(score));
      lms.set("cmi.score.scaled", String(score / 100));
    }
  }

  /* ---- the launch page ---- */

  function start() {
    var body = document.body;
    var edition = body.getAttribute("data-scorm");
    if (!EDITIONS[edition]) return;
    var frame = document.querySelector(".swan-scorm__course");
    var status = document.querySelector(".swan-scorm__status");
    var store = window.swanStore;
    var lms = new Connection(edition);
    var started = Date.now();
    var base = new URL(".", window.location.href).href;
    var lastSummary = null, commitTimer = null, droppedNotes = [], notice = "";

    function say(text) {
      status.textContent = text;
      status.hidden = !text;
    }

    function saveStore() {
      if (!store) return;
      var packed = pack(store.snapshot(), lms.names.limit);
      lms.set(lms.names.suspend, packed.text);
      droppedNotes = packed.dropped;
      say(droppedNotes.length
        ? "Niet al je notities passen in de leeromgeving. Ze blijven wel bewaard in deze browser."
        : notice);
    }

    function commitSoon() {
      if (commitTimer) return;
      commitTimer = window.setTimeout(function () {
        commitTimer = null;
        saveStore();
        lms.commit();
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
      var page = currentPage();
      if (page && SAFE_PAGE.test(page) && page.length <= lms.names.locationLimit) {
        lms.set(lms.names.location, page);
      }
      lastSummary = progressOf(win) || lastSummary;
      reportProgress(lms, lastSummary);
      saveStore();
      lms.commit();
      try {
        win.addEventListener("swan:progress", function (event) {
          lastSummary = event.detail || lastSummary;
          reportProgress(lms, lastSummary);
          commitSoon();
        });
        win.addEventListener("swan:store-change", commitSoon);
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
        reportProgress(lms, lastSummary);
        saveStore();
        lms.set(lms.names.sessionTime, sessionTime(edition, Date.now() - started));
        lms.set(lms.names.exit, "suspend");
        lms.commit();
        lms.finish();
      }
    }

    var page = "index.html";
    if (lms.start()) {
      /* A first launch: the learner has started. */
      var started12 = edition === "scorm12" && /^(not attempted)?$/.test(lms.get("cmi.core.lesson_status"));
      var started2004 = edition === "scorm2004" &&
        /^(unknown|not attempted)?$/.test(lms.get("cmi.completion_status"));
      if (started12) lms.set("cmi.core.lesson_status", "incomplete");
      if (started2004) lms.set("cmi.completion_status", "incomplete");
      /* A browser shared by several learners of this LMS (a team computer): data that another
       * learner left in this browser is not theirs to continue or to report. */
      var learner = lms.get(edition === "scorm12" ? "cmi.core.student_id" : "cmi.learner_id") || "";
      if (store && learner) {
        var owner = store.get(LEARNER_KEY);
        if (owner && owner !== learner) forgetLocalData(store);
      }
      var saved = unpack(lms.get(lms.names.suspend));
      /* Bring the LMS copy to the store's current shape, then merge: the LMS wins per item,
       * items only this browser has (such as notes left out of suspend_data) stay. */
      var incoming = saved && store && (typeof store.migrate === "function" ? store.migrate(saved) : saved);
      if (incoming) {
        var local = store.snapshot();
        var items = {};
        Object.keys(local.items || {}).forEach(function (key) { items[key] = local.items[key]; });
        Object.keys(incoming.items).forEach(function (key) { items[key] = incoming.items[key]; });
        store.restore({ version: incoming.version, course: incoming.course || null, items: items });
      }
      if (store && learner) store.set(LEARNER_KEY, learner);
      var location = lms.get(lms.names.location);
      if (SAFE_PAGE.test(location)) page = location;
    } else {
      notice = "Er is geen leeromgeving (LMS) gevonden. Je voortgang wordt alleen in deze browser bewaard.";
      say(notice);
    }

    frame.addEventListener("load", pageLoaded);
    window.addEventListener("pagehide", finish);
    window.addEventListener("beforeunload", finish);
    frame.src = page;
  }

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

  window.swanScorm = { pack: pack, unpack: unpack, sessionTime: sessionTime, safePage: SAFE_PAGE };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
