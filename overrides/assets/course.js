/* SWAN course: the page set-up helpers the course scripts share.
 *
 * swanOnPage(init) runs a page's set-up once the page is there; swanLiveNote
 * keeps a note field in step with another tab. Plain JavaScript, no framework.
 * Learner text is only ever set as .value or .textContent, never as HTML.
 */
(function () {
  "use strict";

  function store() {
    return window.swanStore;
  }

  /* ---------- a note that another tab may change ----------
   * When another tab stores a newer text for a note on this page, the field
   * shows it. If the learner is typing in that very field, their text stays and
   * a short notice (notices.js) offers the newer text instead. */

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
      store().notices(function (notices) {
        if (pending === null) return;
        notice = notices.newerNote(field, function take() {
          var newer = pending;
          close();
          show(newer);
          field.focus();
        }, function keep() {
          close();
          save(field.value);
          field.focus();
        });
      });
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
})();
