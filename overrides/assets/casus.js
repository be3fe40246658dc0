/* SWAN course: casus model answers that open after trying, and the casus overview filters.
 *
 * Learner data only through window.swanStore (course.js). The "tried" state of a
 * reflection question is kept under geprobeerd:<casus>/<n>; the note itself is
 * reflectie:<casus>/<n> (written by course.js).
 */
(function () {
  "use strict";

  var LOCKED = "Schrijf eerst je eigen antwoord, of kies \u2018Ik heb erover nagedacht\u2019. Daarna kun je het modelantwoord openen.";
  var OPEN_NOW = "Je kunt het modelantwoord nu openen.";

  function store() {
    return window.swanStore;
  }

  function setUpModelAnswer(reflection) {
    var id = reflection.getAttribute("data-reflection");
    var field = reflection.querySelector("textarea");
    var tried = reflection.querySelector(".swan-model__tried");
    var toggle = reflection.querySelector(".swan-model__toggle");
    var status = reflection.querySelector(".swan-model__status");
    var answer = reflection.querySelector(".swan-model__answer");
    if (!field || !tried || !toggle || !status || !answer) return;

    function hasTried() {
      return store().get("geprobeerd:" + id) === true || field.value.trim() !== "";
    }

    function update(announce) {
      var open = hasTried();
      toggle.setAttribute("aria-disabled", open ? "false" : "true");
      tried.hidden = open;
      if (!open) {
        answer.hidden = true;
        toggle.setAttribute("aria-expanded", "false");
      }
      if (announce && open) status.textContent = OPEN_NOW;
      if (open && status.textContent === LOCKED) status.textContent = "";
    }

    toggle.hidden = false;
    update(false);
    field.addEventListener("input", function () {
      var wasOpen = toggle.getAttribute("aria-disabled") === "false";
      update(!wasOpen);
    });
    tried.addEventListener("click", function () {
      store().set("geprobeerd:" + id, true);
      toggle.focus();
      update(true);
    });
    toggle.addEventListener("click", function () {
      if (!hasTried()) {
        status.textContent = LOCKED;
        return;
      }
      var show = answer.hidden;
      answer.hidden = !show;
      toggle.setAttribute("aria-expanded", show ? "true" : "false");
      status.textContent = show ? "Het modelantwoord staat onder deze knop." : "";
    });
  }

  function listOf(element, kind) {
    return (element.getAttribute("data-" + kind) || "").split(" ");
  }

  function setUpFilter(form) {
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var count = form.querySelector(".swan-filter__count");
    var items = document.querySelectorAll(".swan-casus-card, .swan-matrix tbody tr");

    function matches(element) {
      return selects.every(function (select) {
        return !select.value || listOf(element, select.getAttribute("data-filter")).indexOf(select.value) !== -1;
      });
    }

    function apply() {
      var shown = 0;
      items.forEach(function (element) {
        var match = matches(element);
        element.hidden = !match;
        if (match && element.classList.contains("swan-casus-card")) shown += 1;
      });
      count.textContent = shown === 1 ? "1 casus" : shown + " casussen" + (shown === 0 ? ". Kies een ander filter." : "");
    }

    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.addEventListener("reset", function () {
      window.setTimeout(apply, 0);
    });
    apply();
  }

  function init() {
    if (!store()) return;
    document.querySelectorAll(".swan-reflection").forEach(setUpModelAnswer);
    document.querySelectorAll(".swan-filter").forEach(setUpFilter);
  }

  window.swanOnPage(init);  /* course.js */
})();
