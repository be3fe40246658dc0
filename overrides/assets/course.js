/* SWAN course: decision points and reflection notes in the casussen, and the
 * page set-up helpers the other course scripts share (swanOnPage, swanLiveNote).
 *
 * Plain JavaScript, no framework. What the learner does is kept through
 * window.swanStore (store.js), only in this browser. Learner text is only ever
 * set as .value or .textContent, never as HTML.
 */
(function () {
  "use strict";

  function store() {
    return window.swanStore;
  }

  /* ---------- a note that another tab may change ----------
   * When another tab stores a newer text for a note on this page, the field
   * shows it. If the learner is typing in that very field, their text stays and
   * a short notice offers the newer text instead. */

  var NEWER_TEXT = "In een ander tabblad staat een nieuwere versie van deze aantekening.";

  function newerNotice(field) {
    var id = field.id ? field.id + "-nieuwer" : "";
    var notice = id ? document.getElementById(id) : null;
    if (notice) return notice;
    notice = document.createElement("div");
    if (id) notice.id = id;
    notice.className = "swan-newer";
    notice.setAttribute("role", "status");
    notice.setAttribute("data-testid", "swan-newer-note");
    var text = document.createElement("p");
    text.textContent = NEWER_TEXT;
    notice.appendChild(text);
    var take = document.createElement("button");
    take.type = "button";
    take.className = "md-button md-button--primary";
    take.setAttribute("data-action", "take");
    take.textContent = "Gebruik de nieuwere tekst";
    var keep = document.createElement("button");
    keep.type = "button";
    keep.className = "md-button";
    keep.setAttribute("data-action", "keep");
    keep.textContent = "Houd mijn tekst";
    notice.appendChild(take);
    notice.appendChild(keep);
    field.insertAdjacentElement("afterend", notice);
    return notice;
  }

  /* Keep field in step with the store's key across tabs; save(text) stores the learner's own text.
   * A replaced text fires "input" on the field, as typing would, so the page's summaries follow. */
  function liveNote(field, key, save) {
    var pending = null;
    var notice = null;

    function close() {
      if (notice) notice.remove();
      notice = null;
      pending = null;
    }

    function show(text) {
      field.value = text;
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }

    function offer(text) {
      pending = text;
      notice = newerNotice(field);
      notice.onclick = function (event) {
        var action = event.target.getAttribute && event.target.getAttribute("data-action");
        if (action === "take") {
          var newer = pending;
          close();
          show(newer);
        } else if (action === "keep") {
          close();
          save(field.value);
        } else {
          return;
        }
        field.focus();
      };
    }

    window.addEventListener("swan:store-change", function (event) {
      var detail = event.detail || {};
      if (!detail.external || (detail.key !== null && detail.key !== key)) return;
      var saved = store().get(key);
      var text = typeof saved === "string" ? saved : "";
      if (text === field.value) {
        close();
      } else if (document.activeElement === field && document.hasFocus()) {
        offer(text);  /* the learner is typing here right now */
      } else {
        close();
        show(text);
      }
    });
  }
  window.swanLiveNote = liveNote;

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

  function setUpDecision(decision) {
    var key = "keuze:" + decision.getAttribute("data-decision");
    var hint = decision.querySelector(".swan-decision__hint");
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
    liveNote(field, key, save);
  }

  function init() {
    if (!store()) return;
    document.querySelectorAll(".swan-decision").forEach(setUpDecision);
    document.querySelectorAll(".swan-reflection").forEach(setUpReflection);
  }

  /* Run a page's set-up once the page is there: through Material's document$
   * when the theme runs, else on DOMContentLoaded. The other course scripts use this too. */
  function onPage(init) {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(init);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", init);
    } else {
      init();
    }
  }
  window.swanOnPage = onPage;

  onPage(init);
})();
