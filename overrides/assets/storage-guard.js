/* SWAN course: make browser storage safe before any other script touches it.
 *
 * Loaded in <head>, after the theme defines __md_get and before the theme,
 * mkdocs-quiz or store.js read anything. Three things can break a page:
 *
 * 1. Storage is blocked (cookies off, some private modes, an LMS sandbox):
 *    reading window.localStorage throws. The theme reads it without a guard.
 *    We then put an in-memory stand-in in its place: every page works, and
 *    nothing is kept after the page is closed. store.js tells the learner.
 *    Inside the SCORM launch page the course frame shares the launch page's
 *    stand-in, so the LMS copy still sees what the learner does.
 * 2. Storage is full: reading works, writing throws. We copy what is stored
 *    into the stand-in, so the learner still sees their progress, and writes
 *    during this visit go to memory instead of failing.
 * 3. A stored value is corrupted: the theme's __md_get would throw on it, and
 *    mkdocs-quiz's quiz.js throws on answers of the wrong shape. We make
 *    __md_get return null for bad values, and set aside mkdocs-quiz records
 *    that are not what it expects, before it reads them.
 *
 * The result is in window.swanStorageState: {available, reason, setAside,
 * setAsideItem(key, raw), keepAside(label, raw), standIn}.
 */
(function () {
  "use strict";

  var SET_ASIDE_KEY = "swan-course-set-aside";
  var QUIZ_PREFIX = "quiz_progress_";
  var state = { available: true, reason: null, setAside: [], standIn: null };
  /* The longest answer text and the most answers per question kept in a quiz record. */
  var ANSWER_LIMIT = 1000;
  var ANSWERS_LIMIT = 50;
  window.swanStorageState = state;

  function memoryStorage(copyFrom) {
    var data = {};
    var storage = {
      getItem: function (key) {
        return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : null;
      },
      setItem: function (key, value) {
        data[String(key)] = String(value);
      },
      removeItem: function (key) {
        delete data[key];
      },
      clear: function () {
        data = {};
      },
      key: function (index) {
        var keys = Object.keys(data);
        return index < keys.length ? keys[index] : null;
      }
    };
    Object.defineProperty(storage, "length", {
      get: function () {
        return Object.keys(data).length;
      }
    });
    if (copyFrom) {
      try {
        for (var i = 0; i < copyFrom.length; i++) {
          var key = copyFrom.key(i);
          data[key] = copyFrom.getItem(key);
        }
      } catch (error) {
        /* keep what was copied */
      }
    }
    return storage;
  }

  /* "ok", "blocked" (cannot read) or "full" (can read, cannot write). */
  function probe(name) {
    var storage;
    try {
      storage = window[name];
      storage.getItem("swan-probe");
    } catch (error) {
      return { status: "blocked" };
    }
    if (!storage) return { status: "blocked" };
    try {
      storage.setItem("swan-probe", "1");
      storage.removeItem("swan-probe");
      return { status: "ok" };
    } catch (error) {
      return { status: "full", storage: storage };
    }
  }

  function replace(name, stand_in) {
    try {
      Object.defineProperty(window, name, { value: stand_in, configurable: true, writable: true });
    } catch (error) {
      /* the browser does not allow it; the guarded readers below still hold */
    }
  }

  /* The launch page's stand-in, when this page is the course inside the SCORM launch page. */
  function parentStandIn() {
    try {
      var parentState = window.parent !== window && window.parent.swanStorageState;
      return parentState && parentState.standIn ? parentState.standIn : null;
    } catch (error) {
      return null; /* another origin */
    }
  }

  function guardStorage(name, isMain) {
    var result = probe(name);
    if (result.status === "ok") return;
    var standIn = (isMain && parentStandIn()) || memoryStorage(result.storage);
    replace(name, standIn);
    if (isMain) {
      state.available = false;
      state.reason = result.status;
      state.standIn = standIn;
    }
  }

  function isObject(value) {
    return Boolean(value) && typeof value === "object" && !Array.isArray(value);
  }

  function validAnswers(values) {
    return Array.isArray(values) && values.length <= ANSWERS_LIMIT && values.every(function (value) {
      return typeof value === "string" && value.length <= ANSWER_LIMIT;
    });
  }

  /* What quiz.js reads: {<quiz id>: {answered: bool, correct: bool, selectedValues: [string]}}. */
  function validQuizRecord(raw) {
    try {
      var parsed = JSON.parse(raw);
      if (!isObject(parsed)) return false;
      return Object.keys(parsed).every(function (id) {
        var entry = parsed[id];
        return isObject(entry) && typeof entry.answered === "boolean" && typeof entry.correct === "boolean" &&
          (entry.selectedValues === undefined || validAnswers(entry.selectedValues));
      });
    } catch (error) {
      return false;
    }
  }

  /* Keep a value that failed its check in the set-aside record, under label; true when kept. */
  function keepAside(label, raw) {
    var storage = window.localStorage;
    var aside = {};
    try {
      aside = JSON.parse(storage.getItem(SET_ASIDE_KEY) || "{}");
      if (!isObject(aside)) aside = {};
    } catch (error) {
      aside = {};
    }
    var name = label;
    for (var n = 2; Object.prototype.hasOwnProperty.call(aside, name); n++) name = label + " (" + n + ")";
    aside[name] = { value: String(raw), at: new Date().toISOString() };
    state.setAside.push(label);
    try {
      storage.setItem(SET_ASIDE_KEY, JSON.stringify(aside));
      return true;
    } catch (error) {
      return false;
    }
  }

  /* Move a stored value that cannot be read into the set-aside record. */
  function setAside(key, raw) {
    if (!keepAside(key, raw)) return; /* storage refuses writes: leave the value, its reader ignores it */
    try {
      window.localStorage.removeItem(key);
    } catch (error) {
      /* the same */
    }
  }
  state.setAsideItem = setAside;
  state.keepAside = keepAside;
  state.setAsideKey = SET_ASIDE_KEY;

  /* mkdocs-quiz records of this course only: another site on the same host keeps its own. */
  function checkQuizRecords() {
    var prefix = QUIZ_PREFIX;
    try {
      prefix += window.__md_scope ? new URL(window.__md_scope).pathname : "";
    } catch (error) {
      /* keep the general prefix */
    }
    try {
      var storage = window.localStorage;
      var bad = [];
      for (var i = 0; i < storage.length; i++) {
        var key = storage.key(i);
        if (key && key.indexOf(prefix) === 0 && !validQuizRecord(storage.getItem(key))) bad.push(key);
      }
      bad.forEach(function (key) {
        setAside(key, storage.getItem(key));
      });
    } catch (error) {
      /* nothing more we can do; the quiz starts empty */
    }
  }

  function guardThemeReader() {
    var read = window.__md_get;
    if (typeof read !== "function") return;
    window.__md_get = function () {
      try {
        return read.apply(this, arguments);
      } catch (error) {
        return null;
      }
    };
  }

  guardStorage("localStorage", true);
  guardStorage("sessionStorage", false);
  guardThemeReader();
  checkQuizRecords();
})();
