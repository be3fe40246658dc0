/* SWAN course: make browser storage safe before any other script touches it.
 *
 * Loaded in <head>, after the theme defines __md_get and before the theme,
 * mkdocs-quiz or course.js read anything. Three things can break a page:
 *
 * 1. Storage is blocked (cookies off, some private modes, an LMS sandbox):
 *    reading window.localStorage throws. The theme reads it without a guard.
 *    We then put an in-memory stand-in in its place: every page works, and
 *    nothing is kept after the page is closed. course.js tells the learner.
 * 2. Storage is full: reading works, writing throws. We copy what is stored
 *    into the stand-in, so the learner still sees their progress, and writes
 *    during this visit go to memory instead of failing.
 * 3. A stored value is corrupted: the theme's __md_get would throw on it, and
 *    mkdocs-quiz logs an error. We make __md_get return null for bad values,
 *    and set aside mkdocs-quiz records that are not what it expects.
 *
 * The result is in window.swanStorageState: {available, reason, setAside}.
 */
(function () {
  "use strict";

  var SET_ASIDE_KEY = "swan-course-set-aside";
  var QUIZ_PREFIX = "quiz_progress_";
  var state = { available: true, reason: null, setAside: [] };
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

  function guardStorage(name, isMain) {
    var result = probe(name);
    if (result.status === "ok") return;
    replace(name, memoryStorage(result.storage));
    if (isMain) {
      state.available = false;
      state.reason = result.status;
    }
  }

  function validQuizRecord(raw) {
    try {
      var parsed = JSON.parse(raw);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return false;
      return Object.keys(parsed).every(function (id) {
        var entry = parsed[id];
        return entry && typeof entry === "object" &&
          typeof entry.answered === "boolean" && typeof entry.correct === "boolean";
      });
    } catch (error) {
      return false;
    }
  }

  /* Move a stored value that cannot be read into the set-aside record. */
  function setAside(key, raw) {
    var storage = window.localStorage;
    var aside = {};
    try {
      aside = JSON.parse(storage.getItem(SET_ASIDE_KEY) || "{}") || {};
      if (typeof aside !== "object" || Array.isArray(aside)) aside = {};
    } catch (error) {
      aside = {};
    }
    aside[key] = { value: raw, at: new Date().toISOString() };
    try {
      storage.setItem(SET_ASIDE_KEY, JSON.stringify(aside));
      storage.removeItem(key);
    } catch (error) {
      /* storage refuses writes: leave the value, the quiz ignores it */
    }
    state.setAside.push(key);
  }
  state.setAsideItem = setAside;
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
