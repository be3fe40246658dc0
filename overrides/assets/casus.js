/* SWAN course: the casussen. Decision points, reflection notes, model answers
 * that open after trying, and the casus overview filters.
 *
 * Learner data only through window.swanStore (store.js): the chosen option of a
 * decision point under keuze:<casus>/<step>, a reflection note under
 * reflectie:<casus>/<n> and its "tried" state under geprobeerd:<casus>/<n>.
 * Another tab's newer choice or note is shown here too. Learner text is only
 * ever set as .value or .textContent.
 */
(function () {
  "use strict";

  var LOCKED = "Schrijf eerst je eigen antwoord, of kies \u2018Ik heb erover nagedacht\u2019. Daarna kun je het modelantwoord openen.";
  var OPEN_NOW = "Je kunt het modelantwoord nu openen.";

  function store() {
    return window.swanStore;
  }

  function showFeedback(decision, index) {
    decision.querySelectorAll(".swan-decision__feedback").forEach(function (feedback) {
      feedback.hidden = feedback.getAttribute("data-option") !== String(index);
    });
  }

  function showChoice(decision, saved) {
    if (typeof saved !== "number") return;
    var input = decision.querySelector('input[value="' + saved + '"]');
    if (!input) return;
    input.checked = true;
    showFeedback(decision, saved);
  }

  /* Show the options of a decision point in a new order on every visit, so the place of the strongest
   * option gives nothing away; each option keeps its value (its place in the casus), which is stored. */
  function shuffleOptions(decision) {
    var box = decision.querySelector("fieldset");
    var options = Array.prototype.slice.call(box.querySelectorAll(".swan-decision__option"));
    for (var i = options.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = options[i];
      options[i] = options[j];
      options[j] = swap;
    }
    options.forEach(function (option) { box.appendChild(option); });
  }

  function setUpDecision(decision) {
    var key = "keuze:" + decision.getAttribute("data-decision");
    var hint = decision.querySelector(".swan-decision__hint");
    shuffleOptions(decision);
    showChoice(decision, store().get(key));
    decision.querySelector(".swan-decision__submit").addEventListener("click", function () {
      var chosen = decision.querySelector("input:checked");
      hint.hidden = Boolean(chosen);
      if (!chosen) return;
      showFeedback(decision, chosen.value);
      store().set(key, Number(chosen.value));
    });
    window.addEventListener("swan:store-change", function (event) {
      var detail = event.detail || {};
      if (detail.external && (detail.key === key || detail.key === null)) showChoice(decision, store().get(key));
    });
  }

  function saveNote(key) {
    return function (text) {
      if (text === "") store().remove(key);
      else store().set(key, text);
    };
  }

  function setUpReflection(reflection) {
    var key = "reflectie:" + reflection.getAttribute("data-reflection");
    var field = reflection.querySelector("textarea");
    var saved = store().get(key);
    if (typeof saved === "string") field.value = saved;
    var save = saveNote(key);
    field.addEventListener("input", function () {
      save(field.value);
    });
    window.swanLiveNote(field, key, save);
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
    document.querySelectorAll(".swan-decision").forEach(setUpDecision);
    document.querySelectorAll(".swan-reflection").forEach(setUpReflection);
    document.querySelectorAll(".swan-reflection").forEach(setUpModelAnswer);
    document.querySelectorAll(".swan-filter").forEach(setUpFilter);
  }

  window.swanOnPage(init);  /* course.js */
})();
