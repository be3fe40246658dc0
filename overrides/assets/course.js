/* SWAN course: decision points and reflection notes in the casussen.
 *
 * Plain JavaScript, no framework. Everything the learner does is kept only in
 * this browser (localStorage), under one versioned key. Storage that is
 * blocked, full or corrupted never breaks the page. Learner text is only ever
 * set as .value or .textContent, never as HTML.
 */
(function () {
  "use strict";

  var STORE_KEY = "swan-course";
  var STORE_VERSION = 1;

  function announce(key) {
    try {
      window.dispatchEvent(new CustomEvent("swan:store-change", { detail: { key: key } }));
    } catch (error) {
      /* very old browsers: nobody is listening then either */
    }
  }

  function write(data, key) {
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(data));
      announce(key);
      return true;
    } catch (error) {
      return false;
    }
  }

  /* The one place that reads and writes the learner's data. Other scripts use
   * only this API: get, set, remove, keys, snapshot, restore, clear. */
  var store = {
    key: STORE_KEY,
    version: STORE_VERSION,
    read: function () {
      try {
        var data = JSON.parse(window.localStorage.getItem(STORE_KEY) || "null");
        if (data && data.version === STORE_VERSION && typeof data.items === "object" && data.items) {
          return data;
        }
      } catch (error) {
        /* blocked or corrupted storage: start empty, the page keeps working */
      }
      return { version: STORE_VERSION, items: {} };
    },
    get: function (key) {
      var value = store.read().items[key];
      return value === undefined ? null : value;
    },
    set: function (key, value) {
      var data = store.read();
      data.items[key] = value;
      return write(data, key);
    },
    remove: function (key) {
      var data = store.read();
      delete data.items[key];
      return write(data, key);
    },
    /* The stored keys that start with prefix ("" for all). */
    keys: function (prefix) {
      return Object.keys(store.read().items).filter(function (key) {
        return key.indexOf(prefix || "") === 0;
      });
    },
    /* A copy of everything stored, for export or an LMS. */
    snapshot: function () {
      return JSON.parse(JSON.stringify(store.read()));
    },
    /* Replace everything with a snapshot; false (and nothing changed) when it is not one. */
    restore: function (data) {
      if (!data || data.version !== STORE_VERSION || typeof data.items !== "object" || !data.items) {
        return false;
      }
      return write({ version: STORE_VERSION, items: data.items }, null);
    },
    clear: function () {
      return write({ version: STORE_VERSION, items: {} }, null);
    }
  };
  window.swanStore = store;

  function showFeedback(decision, index) {
    decision.querySelectorAll(".swan-decision__feedback").forEach(function (feedback) {
      feedback.hidden = feedback.getAttribute("data-option") !== String(index);
    });
  }

  function setUpDecision(decision) {
    var key = "keuze:" + decision.getAttribute("data-decision");
    var hint = decision.querySelector(".swan-decision__hint");
    var saved = store.get(key);
    if (saved !== null) {
      var input = decision.querySelector('input[value="' + Number(saved) + '"]');
      if (input) {
        input.checked = true;
        showFeedback(decision, Number(saved));
      }
    }
    decision.querySelector(".swan-decision__submit").addEventListener("click", function () {
      var chosen = decision.querySelector("input:checked");
      hint.hidden = Boolean(chosen);
      if (!chosen) return;
      showFeedback(decision, chosen.value);
      store.set(key, Number(chosen.value));
    });
  }

  function setUpReflection(reflection) {
    var key = "reflectie:" + reflection.getAttribute("data-reflection");
    var field = reflection.querySelector("textarea");
    var saved = store.get(key);
    if (typeof saved === "string") field.value = saved;
    field.addEventListener("input", function () {
      store.set(key, field.value);
    });
  }

  function init() {
    document.querySelectorAll(".swan-decision").forEach(setUpDecision);
    document.querySelectorAll(".swan-reflection").forEach(setUpReflection);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
