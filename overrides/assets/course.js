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

  var store = {
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
      try {
        window.localStorage.setItem(STORE_KEY, JSON.stringify(data));
        return true;
      } catch (error) {
        return false;
      }
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
