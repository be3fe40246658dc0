/* SWAN course: the learner's data in this browser, one key per fact.
 *
 * The only code that reads or writes the learner's data in localStorage. Every
 * other script (quiz bridge, progress, casus, leidraad, widgets, export and
 * import, SCORM) uses window.swanStore:
 *
 *   get(key)               the value, or null
 *   set(key, value)        false when the value does not fit its kind (nothing changes)
 *   remove(key)
 *   keys(prefix)           the stored keys that start with prefix ("" for all), sorted
 *   snapshot()             {version, items}: a copy of everything, for export or an LMS
 *   check(snapshot)        {ok: true, items} or {ok: false, reason: "invalid" | "newer", bad: [keys]}
 *   restore(snapshot)      replace everything in one go; false, and nothing changed, on any failure
 *   merge(items, source)   take each valid item; set aside the others (named after source); returns their keys
 *   valid(key, value)      whether a value fits its key's kind (KINDS below)
 *   reload()               read storage again (the SCORM launch page, before it packs the data)
 *   clear()                erase all of the learner's data
 *   notices(then)          then(window.swanNotices) once notices.js is loaded
 *   available              false: nothing is kept after this visit (storage blocked or full)
 *   setAside               true: stored data that failed its check was moved aside this visit
 *
 * and window fires "swan:store-change" with detail {key, external} after every
 * change: external is true when another tab made it; key is null when
 * everything changed at once (restore, clear).
 *
 * Layout: each fact is its own localStorage entry "swan:<key>" holding JSON,
 * so two tabs never overwrite each other's answers or notes, plus
 * "swan-store-version". A page reads the entries once, keeps them in memory and
 * writes through; the storage event keeps the memory copy in step with other
 * tabs. The old single record "swan-course" (versions 1 and 2) is split up on
 * the first visit, losing nothing.
 *
 * Nothing is used before its shape is checked: every value from storage, an
 * import file or the LMS passes KINDS. Values that fail, and keys of no known
 * kind, are set aside (kept in "swan-course-set-aside", see storage-guard.js)
 * and the learner sees a notice (notices.js); the page keeps working.
 */
(function () {
  "use strict";

  var PREFIX = "swan:";
  var VERSION_KEY = "swan-store-version";
  var OLD_KEY = "swan-course";
  /* Version history of the stored data (bump it when a kind changes shape, and convert in restore):
   * 1: one record {version: 1, items: {...}} under "swan-course"
   * 2: the same record with {course: "<course version that wrote it>"}
   * 3: one entry per item, "swan:<key>" -> JSON value */
  var VERSION = 3;
  var guard = window.swanStorageState || { available: true, reason: null, setAside: [] };

  /* ---------- kinds: which keys exist and what their values look like ----------
   * One entry per kind of key: its name, the pattern of its keys, the check of
   * its values, and whether it is the learner's own work. A new kind of data
   * (the exam mode, for example) is added here and nowhere else; a key of no
   * kind listed here is set aside. */

  var ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,99}";
  var UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
  var PAGE = "(?:[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}/){0,8}[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\\.md";
  var NOTE_LIMIT = 20000;      /* characters in one note: about ten pages of text */
  var ANSWER_LIMIT = 1000;     /* characters in one answer */
  var ANSWERS_LIMIT = 50;      /* answers (chosen options or filled-in blanks) per question */
  var TEXT_LIMIT = 200;        /* a name or another short text */
  var WORK = true;             /* the learner's own work (answers, choices, notes), worth keeping a copy of */
  var KINDS = [
    kind("vraag", "vraag:" + ID + "/" + ID, isAnswer, WORK),
    kind("bezocht", "bezocht:" + PAGE, isTrue),
    kind("keuze", "keuze:" + ID + "/" + ID, isChoice, WORK),
    kind("reflectie", "reflectie:" + ID + "/" + ID, isNote, WORK),
    kind("geprobeerd", "geprobeerd:" + ID + "/" + ID, isTrue),
    kind("leidraad-vinkje", "leidraad:check:" + ID + ":" + ID, isTrue, WORK),
    kind("leidraad", "leidraad:" + ID, isNote, WORK),
    kind("laatste-pagina", "laatste-pagina", isCoursePage),
    kind("naam", "naam", isName, WORK),
    kind("eindtoets", "eindtoets:resultaat", isResult, WORK),
    kind("eindtoets-sessie", "eindtoets:sessie", isSessionResult),
    kind("eindtoets-poging", "eindtoets:poging", isAttempt, WORK),
    kind("eindtoets-laatste", "eindtoets:laatste", isHandedIn, WORK),
    kind("lms-leerling", "lms-leerling", isLearnerId),
    kind("melding", "melding:" + ID, isTrue),
    /* Learning records (xapi.js for the web release, cmi5.js for the cmi5 package). */
    kind("xapi-toestemming", "xapi:toestemming", isXapiConsent),
    kind("xapi-leerling", "xapi:leerling", isXapiLearner),
    kind("xapi-wachtrij", "xapi:wachtrij", function (value) { return isStatements(value, 500); }),
    kind("xapi-geweigerd", "xapi:geweigerd", function (value) { return isStatements(value, 50); }),
    kind("xapi-verzonden", "xapi:verzonden", isXapiFacts),
    kind("xapi-cmi5-leerling", "xapi:cmi5:leerling", text(2000)),
    kind("xapi-cmi5", "xapi:cmi5:" + UUID_PATTERN, isCmi5Record)
  ];

  /* ---------- learning records: what xapi.js and cmi5.js keep ----------
   *   xapi:toestemming          {antwoord: "ja" | "nee", endpoint, datum}
   *   xapi:leerling             {id: uuid, registratie: uuid, naam}
   *   xapi:wachtrij             statements waiting to be sent (at most 500)
   *   xapi:geweigerd            statements the LRS refused as invalid (at most 50, kept for a trainer)
   *   xapi:verzonden            {fact: true | number}: what was put in the queue already
   *   xapi:cmi5:leerling        "homePage|name" of the LMS learner whose data this browser holds
   *   xapi:cmi5:<registration>  {completed, passed, failed: null | 0..100, ids: {verb: uuid}} */

  function isUuid(value) {
    return typeof value === "string" && new RegExp("^" + UUID_PATTERN + "$", "i").test(value);
  }

  function isXapiConsent(value) {
    return shaped(value, { antwoord: function (answer) { return answer === "ja" || answer === "nee"; },
                           endpoint: text(2000), datum: text(40) });
  }

  function isXapiLearner(value) {
    return shaped(value, { id: isUuid, registratie: isUuid, naam: text(100) });
  }

  function isStatement(value) {
    return isPlainObject(value) && isUuid(value.id) && isPlainObject(value.actor) && isPlainObject(value.verb) &&
      text(500)(value.verb.id) && isPlainObject(value.object) && text(500)(value.object.id) &&
      JSON.stringify(value).length <= 8000;
  }

  function isStatements(value, limit) {
    return Array.isArray(value) && value.length <= limit && value.every(isStatement);
  }

  function isXapiFacts(value) {
    return isPlainObject(value) && Object.keys(value).length <= 200 && Object.keys(value).every(function (fact) {
      return fact.length <= 200 && (value[fact] === true || typeof value[fact] === "number");
    });
  }

  function isCmi5Record(value) {
    return shaped(value, {
      completed: isBoolean, passed: isBoolean,
      failed: function (score) { return score === null || isInteger(score, 0, 100); },
      ids: function (ids) {
        return isPlainObject(ids) && Object.keys(ids).every(function (verb) {
          return ["completed", "passed", "failed"].indexOf(verb) !== -1 && isUuid(ids[verb]);
        });
      }
    });
  }

  function kind(name, keyPattern, check, work) {
    return { name: name, key: new RegExp("^" + keyPattern + "$"), check: check, work: Boolean(work) };
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isPlainObject(value) {
    return Object.prototype.toString.call(value) === "[object Object]";
  }

  /* Only these properties, each passing its check; a property marked optional may be absent. */
  function shaped(value, checks, optional) {
    if (!isPlainObject(value)) return false;
    var names = Object.keys(value);
    return names.every(function (name) { return has(checks, name); }) &&
      Object.keys(checks).every(function (name) {
        return has(value, name) ? checks[name](value[name]) : (optional || []).indexOf(name) !== -1;
      });
  }

  function isTrue(value) {
    return value === true;
  }

  function isBoolean(value) {
    return typeof value === "boolean";
  }

  function isInteger(value, low, high) {
    return typeof value === "number" && Math.floor(value) === value && value >= low && value <= high;
  }

  function text(limit) {
    return function (value) {
      return typeof value === "string" && value.length <= limit;
    };
  }

  function isNote(value) {
    return text(NOTE_LIMIT)(value);
  }

  function isName(value) {
    return text(TEXT_LIMIT)(value) && value.trim() !== "";
  }

  function isLearnerId(value) {
    return text(4000)(value) && value !== "";
  }

  function isChoice(value) {
    return isInteger(value, 0, 99);
  }

  /* An answer is a string or a list of strings, nothing else. */
  function isAnswerValue(value) {
    if (typeof value === "string") return value.length <= ANSWER_LIMIT;
    return Array.isArray(value) && value.length <= ANSWERS_LIMIT && value.every(function (item) {
      return typeof item === "string" && item.length <= ANSWER_LIMIT;
    });
  }

  function isAnswer(value) {
    return shaped(value, { correct: isBoolean, antwoord: isAnswerValue }, ["antwoord"]);
  }

  function isScore(value) {
    return isInteger(value, 0, 100);
  }

  function isSession(value) {
    return typeof value === "string" && /^[A-Za-z0-9-]{1,64}$/.test(value);
  }

  var RESULT = {
    score: isScore, passed: isBoolean, datum: text(40), sessie: isSession, geimporteerd: isTrue,
    vorm: function (value) { return value === "examen"; }
  };

  /* The best eindtoets; sessie names the LMS session it was made in, geimporteerd marks one from a file,
   * vorm "examen" one handed in as a whole (a result of the old toets with feedback per question lacks it). */
  function isResult(value) {
    return shaped(value, RESULT, ["datum", "sessie", "geimporteerd", "vorm"]);
  }

  /* The best eindtoets handed in during one LMS session (see scorm.js). */
  function isSessionResult(value) {
    return shaped(value, RESULT, ["datum", "geimporteerd", "vorm"]);
  }

  var ITEMS_LIMIT = 200;       /* items in one eindtoets attempt */

  function isItemIds(value) {
    return Array.isArray(value) && value.length > 0 && value.length <= ITEMS_LIMIT && value.every(function (id, at) {
      return typeof id === "string" && new RegExp("^" + ID + "$").test(id) && value.indexOf(id) === at;
    });
  }

  /* Exam answers by item: the chosen option numbers, or the text of a fill-in. */
  function isExamAnswers(value) {
    if (!isPlainObject(value) || Object.keys(value).length > ITEMS_LIMIT) return false;
    return Object.keys(value).every(function (id) {
      var answer = value[id];
      return new RegExp("^" + ID + "$").test(id) && (text(ANSWER_LIMIT)(answer) || (Array.isArray(answer) &&
        answer.length <= 20 && answer.every(function (n) { return isInteger(n, 0, 19); })));
    });
  }

  var ATTEMPT = { id: function (value) { return /^[a-z0-9]{4,40}$/.test(value); }, begonnen: text(40),
                  vragen: isItemIds, antwoorden: isExamAnswers };

  /* The eindtoets attempt in progress (eindtoets.js). */
  function isAttempt(value) {
    return shaped(value, ATTEMPT);
  }

  /* The last attempt handed in, with its answers, for the review after hand-in (eindtoets.js). */
  function isHandedIn(value) {
    var checks = Object.assign({}, ATTEMPT, {
      ingeleverd: text(40), goed: function (n) { return isInteger(n, 0, ITEMS_LIMIT); },
      aantal: function (n) { return isInteger(n, 1, ITEMS_LIMIT); }, score: isScore, geslaagd: isBoolean,
      gemist: function (list) { return Array.isArray(list) && list.length <= ITEMS_LIMIT &&
        list.every(function (id) { return typeof id === "string" && new RegExp("^" + ID + "$").test(id); }); }
    });
    return shaped(value, checks) && value.goed <= value.aantal && value.aantal === value.vragen.length;
  }

  /* A page of this course: in the course map when there is one, else at least the form of a page. */
  function isCoursePage(value) {
    if (typeof value !== "string") return false;
    var map = window.swanCourseMap;
    if (map && isPlainObject(map.pages)) return has(map.pages, value);
    return new RegExp("^" + PAGE + "$").test(value);
  }

  function kindOf(key) {
    if (typeof key !== "string" || key.length > 300) return null;
    for (var i = 0; i < KINDS.length; i++) {
      if (KINDS[i].key.test(key)) return KINDS[i];
    }
    return null;
  }

  function valid(key, value) {
    var found = kindOf(key);
    return Boolean(found) && found.check(value);
  }

  /* ---------- storage ---------- */

  var memory = {};
  var storedVersion = null;

  function area() {
    try {
      return window.localStorage || null;
    } catch (error) {
      return null;
    }
  }

  function parse(raw) {
    try {
      return JSON.parse(raw);
    } catch (error) {
      return undefined;
    }
  }

  function copy(value) {
    return value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
  }

  function announce(key, external) {
    try {
      window.dispatchEvent(new CustomEvent("swan:store-change", { detail: { key: key, external: external } }));
    } catch (error) {
      /* a listener's mistake must not stop the store */
    }
  }

  function markUnavailable(reason) {
    if (!store.available) return;
    store.available = false;
    guard.reason = guard.reason || reason;
    showNotice();
  }

  function markSetAside() {
    store.setAside = true;
    showNotice();
  }

  /* Write one item; false when storage refuses it (then the memory copy still holds it for this visit). */
  function write(key, value) {
    var storage = area();
    try {
      storage.setItem(PREFIX + key, JSON.stringify(value));
      if (storedVersion !== VERSION) {
        storage.setItem(VERSION_KEY, String(VERSION));
        storedVersion = VERSION;
      }
      return true;
    } catch (error) {
      markUnavailable("full");
      return false;
    }
  }

  function erase(key) {
    try {
      area().removeItem(PREFIX + key);
    } catch (error) {
      markUnavailable("full");
    }
  }

  /* A stored entry into memory when it passes its check; else set it aside. */
  function take(key, raw) {
    var value = parse(raw);
    if (value !== undefined && valid(key, value)) {
      memory[key] = value;
      return true;
    }
    delete memory[key];
    /* Data written by a newer version of the course may have shapes this one does not know: leave it be. */
    if (storedVersion > VERSION) return false;
    if (guard.setAsideItem) guard.setAsideItem(PREFIX + key, raw);
    markSetAside();
    return false;
  }

  function keepAside(label, value) {
    var raw;
    try {
      raw = typeof value === "string" ? value : JSON.stringify(value);
    } catch (error) {
      raw = String(value);
    }
    if (guard.keepAside) guard.keepAside(label, raw);
    markSetAside();
  }

  function readAll() {
    memory = {};
    var storage = area();
    var names = [];
    try {
      storedVersion = Number(storage.getItem(VERSION_KEY)) || null;
      for (var i = 0; i < storage.length; i++) {
        var name = storage.key(i);
        if (name && name.indexOf(PREFIX) === 0) names.push(name);
      }
      names.forEach(function (name) {
        take(name.slice(PREFIX.length), storage.getItem(name));
      });
    } catch (error) {
      markUnavailable("blocked");
    }
  }

  /* The old single record (versions 1 and 2 hold their items alike); null when it cannot be read. */
  function oldRecord(raw) {
    var data = parse(raw);
    if (!isPlainObject(data) || !isPlainObject(data.items)) return null;
    if (data.version === 1 || data.version === 2) return data;
    return null;
  }

  /* Split the old single record into one entry per item. Items the new layout already has stay as
   * they are (they are newer); items that fail their check are set aside. The old record goes
   * only once every item is written. */
  function migrateOldRecord() {
    var storage = area();
    var raw;
    try {
      raw = storage.getItem(OLD_KEY);
    } catch (error) {
      return;
    }
    if (raw === null) return;
    var record = oldRecord(raw);
    if (!record) {
      if (guard.setAsideItem) guard.setAsideItem(OLD_KEY, raw);
      markSetAside();
      return;
    }
    var written = true;
    Object.keys(record.items).forEach(function (key) {
      if (has(memory, key)) return;
      var value = record.items[key];
      if (!valid(key, value)) {
        keepAside(OLD_KEY + " " + key, value);
        return;
      }
      memory[key] = value;
      written = write(key, value) && written;
    });
    store.migratedFrom = record.version;
    if (!written) return;
    try {
      storage.removeItem(OLD_KEY);
    } catch (error) {
      /* the items are written; the old record is read again next time, changing nothing */
    }
  }

  /* Another tab changed an entry: update the memory copy and tell this page. */
  function onStorage(event) {
    try {
      if (event.storageArea && event.storageArea === window.sessionStorage) return;
    } catch (error) {
      /* no session storage: this is local storage */
    }
    if (event.key === null) {
      readAll();
      announce(null, true);
      return;
    }
    if (typeof event.key !== "string" || event.key.indexOf(PREFIX) !== 0) return;
    var key = event.key.slice(PREFIX.length);
    if (event.newValue === null) delete memory[key];
    else if (!take(key, event.newValue)) return;
    announce(key, true);
  }

  /* Is data a snapshot this version can take? Items are copied. */
  function check(data) {
    if (!isPlainObject(data) || !isInteger(data.version, 1, Number.MAX_SAFE_INTEGER) || !isPlainObject(data.items)) {
      return { ok: false, reason: "invalid", bad: [] };
    }
    if (data.version > VERSION) return { ok: false, reason: "newer", bad: [] };
    var bad = Object.keys(data.items).filter(function (key) {
      return !valid(key, data.items[key]);
    });
    if (bad.length) return { ok: false, reason: "invalid", bad: bad };
    return { ok: true, items: copy(data.items) };
  }

  /* Replace every item at once; on any failure put back what was there and return false. */
  function replaceAll(items) {
    var storage = area();
    var before = memory;
    var touched = [];
    try {
      Object.keys(before).forEach(function (key) {
        if (has(items, key)) return;
        touched.push(key);
        storage.removeItem(PREFIX + key);
      });
      Object.keys(items).forEach(function (key) {
        touched.push(key);
        storage.setItem(PREFIX + key, JSON.stringify(items[key]));
      });
      storage.setItem(VERSION_KEY, String(VERSION));
      storedVersion = VERSION;
    } catch (error) {
      /* First free the space the new items took, then put the old ones back. */
      touched.forEach(function (key) {
        try {
          if (!has(before, key)) storage.removeItem(PREFIX + key);
        } catch (ignored) { /* nothing more to do */ }
      });
      touched.forEach(function (key) {
        try {
          if (has(before, key)) storage.setItem(PREFIX + key, JSON.stringify(before[key]));
        } catch (ignored) { /* nothing more to do */ }
      });
      return false;
    }
    memory = items;
    announce(null, false);
    return true;
  }

  var store = {
    version: VERSION,
    available: guard.available !== false,
    setAside: (guard.setAside || []).length > 0,
    migratedFrom: null,
    valid: valid,
    check: check,
    get: function (key) {
      return has(memory, key) ? copy(memory[key]) : null;
    },
    set: function (key, value) {
      if (!valid(key, value)) return false;
      var text = JSON.stringify(value);
      if (has(memory, key) && JSON.stringify(memory[key]) === text) return store.available;
      memory[key] = JSON.parse(text);
      var ok = write(key, memory[key]);
      announce(key, false);
      askToPersist();
      return ok && store.available;
    },
    remove: function (key) {
      if (!has(memory, key)) return store.available;
      delete memory[key];
      erase(key);
      announce(key, false);
      return store.available;
    },
    keys: function (prefix) {
      return Object.keys(memory).filter(function (key) {
        return key.indexOf(prefix || "") === 0;
      }).sort();
    },
    snapshot: function () {
      return { version: VERSION, items: copy(memory) };
    },
    restore: function (data) {
      var checked = check(data);
      return checked.ok && replaceAll(checked.items);
    },
    merge: function (items, source) {
      var bad = [];
      if (!isPlainObject(items)) return null;
      Object.keys(items).forEach(function (key) {
        if (valid(key, items[key])) store.set(key, items[key]);
        else bad.push(key);
      });
      bad.forEach(function (key) {
        keepAside(source + " " + key, items[key]);
      });
      return bad;
    },
    keepAside: keepAside,
    reload: readAll,
    /* then(window.swanNotices) once notices.js is loaded (a notice of another script, such as swanLiveNote's). */
    notices: function (then) {
      withNotices(then);
    },
    clear: function () {
      var storage = area();
      Object.keys(memory).forEach(function (key) {
        erase(key);
      });
      memory = {};
      try {
        storage.removeItem(OLD_KEY);
        storage.removeItem(guard.setAsideKey || "swan-course-set-aside");
      } catch (error) {
        /* nothing stored, nothing to erase */
      }
      announce(null, false);
      return store.available;
    }
  };

  /* ---------- notices ----------
   * The notices themselves (texts and markup) are in notices.js, loaded next to
   * this file only on a page that shows one: most pages never need them. */

  var PERSIST_MARK = "melding:opslag-kan-verdwijnen";
  var here = document.currentScript ? document.currentScript.src : "";

  function insideLms() {
    try {
      return Boolean(window.swanScorm || (window.parent !== window && window.parent.swanScorm));
    } catch (error) {
      return false;
    }
  }

  var noticesWaiting = null;

  /* Run then(window.swanNotices) once notices.js is there. */
  function withNotices(then) {
    if (window.swanNotices) {
      then(window.swanNotices);
      return;
    }
    if (noticesWaiting) {
      noticesWaiting.push(then);
      return;
    }
    if (!here) return;
    noticesWaiting = [then];
    var script = document.createElement("script");
    script.src = here.replace(/store\.js([?#].*)?$/, "notices.js");
    script.onload = function () {
      var waiting = noticesWaiting;
      noticesWaiting = null;
      waiting.forEach(function (run) {
        if (window.swanNotices) run(window.swanNotices);
      });
    };
    document.head.appendChild(script);
  }

  /* The storage notice at the top of the page (pages without content, such as the SCORM launch page,
   * say it their own way). */
  function showNotice() {
    withNotices(function (notices) {
      notices.storage(store, insideLms());
    });
  }

  /* ---------- persistent storage ----------
   * Safari may erase what a site stored after seven days without a visit, and
   * other browsers may do so when the disk fills up. Once the learner has stored
   * some work (an answer, a choice, a note), ask the browser to keep it; where it
   * says no, tell the learner once how to keep a copy, until they close the notice.
   * Inside an LMS the LMS keeps a copy, so there is nothing to say. */

  var persistAsked = false;

  function hasLearnerWork() {
    return Object.keys(memory).some(function (key) {
      return kindOf(key).work;
    });
  }

  function remindToExport() {
    if (store.get(PERSIST_MARK) === true) return;
    withNotices(function (notices) {
      notices.keepACopy(function () {
        store.set(PERSIST_MARK, true);
      });
    });
  }

  function askToPersist() {
    if (persistAsked || !store.available || !hasLearnerWork() || insideLms()) return;
    persistAsked = true;
    var manager = navigator.storage;
    if (!manager || typeof manager.persist !== "function") {
      remindToExport();
      return;
    }
    var already = typeof manager.persisted === "function" ? manager.persisted() : Promise.resolve(false);
    already.then(function (persisted) {
      return persisted || manager.persist();
    }).then(function (granted) {
      if (!granted) remindToExport();
    }, remindToExport);
  }

  /* ---------- start ---------- */

  readAll();
  migrateOldRecord();
  window.addEventListener("storage", onStorage);
  window.swanStore = store;
  if (!store.available || store.setAside) showNotice();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", askToPersist);
  else askToPersist();
})();
