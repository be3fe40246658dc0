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
  /* Version history of the stored record (bump it and add a migration when the shape changes):
   * 1: {version: 1, items: {...}}
   * 2: {version: 2, course: "<course version that wrote it>", items: {...}} */
  var STORE_VERSION = 2;
  var MIGRATIONS = {
    1: function (data) {
      return { version: 2, course: null, items: data.items };
    }
  };
  var guard = window.swanStorageState || { available: true, reason: null, setAside: [] };

  function courseVersion() {
    return (window.swanCourseMap && window.swanCourseMap.version) || null;
  }

  function empty() {
    return { version: STORE_VERSION, course: courseVersion(), items: {} };
  }

  function isRecord(data) {
    return Boolean(data) && typeof data === "object" && typeof data.version === "number" &&
      Boolean(data.items) && typeof data.items === "object" && !Array.isArray(data.items);
  }

  /* Bring a record of any earlier version up to the current shape; null when that is impossible. */
  function migrate(data) {
    if (!isRecord(data) || data.version > STORE_VERSION) return null;
    while (data.version < STORE_VERSION) {
      if (!MIGRATIONS[data.version]) return null;
      data = MIGRATIONS[data.version](data);
      if (!isRecord(data)) return null;
    }
    return data;
  }

  function announce(key) {
    try {
      window.dispatchEvent(new CustomEvent("swan:store-change", { detail: { key: key } }));
    } catch (error) {
      /* very old browsers: nobody is listening then either */
    }
  }

  function write(data, key) {
    var ok = true;
    try {
      data.course = courseVersion() || data.course || null;
      window.localStorage.setItem(STORE_KEY, JSON.stringify(data));
    } catch (error) {
      ok = false;
    }
    if (!ok) markUnavailable("full");
    announce(key);
    return ok && store.available;
  }

  /* Read the stored record once per call: migrate it, or set it aside when it cannot be read. */
  function load() {
    var raw = null;
    try {
      raw = window.localStorage.getItem(STORE_KEY);
    } catch (error) {
      markUnavailable("blocked");
      return empty();
    }
    if (raw === null) return empty();
    var parsed = null;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      parsed = null;
    }
    var migrated = migrate(parsed);
    if (migrated) {
      if (parsed.version !== STORE_VERSION) write(migrated, null);
      return migrated;
    }
    if (guard.setAsideItem) guard.setAsideItem(STORE_KEY, raw);
    store.setAside = true;
    showNotice();
    return empty();
  }

  /* The one place that reads and writes the learner's data. Other scripts use
   * only this API: get, set, remove, keys, snapshot, restore, clear; plus the
   * flags available (false: nothing is kept after this visit) and setAside
   * (true: unreadable data was moved aside this visit). */
  var store = {
    key: STORE_KEY,
    version: STORE_VERSION,
    available: guard.available !== false,
    setAside: (guard.setAside || []).length > 0,
    migrate: migrate,
    read: load,
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
    /* Replace everything with a snapshot (of this or an earlier version);
     * false, and nothing changed, when it is not one. */
    restore: function (data) {
      var migrated;
      try {
        migrated = migrate(JSON.parse(JSON.stringify(data)));
      } catch (error) {
        migrated = null;
      }
      if (!migrated) return false;
      return write(migrated, null);
    },
    clear: function () {
      return write(empty(), null);
    }
  };

  function markUnavailable(reason) {
    if (!store.available) return;
    store.available = false;
    guard.reason = guard.reason || reason;
    showNotice();
  }

  var NOTICES = {
    unavailable: "Let op: je voortgang wordt nu niet bewaard. Deze browser staat opslaan niet toe " +
      "(bijvoorbeeld in een privévenster) of de opslag is vol. Je kunt de cursus gewoon gebruiken, " +
      "maar na het sluiten van deze pagina is wat je deed weg.",
    setAside: "Let op: een deel van je opgeslagen voortgang was beschadigd en kon niet worden gelezen. " +
      "We hebben het apart gezet, zodat deze pagina gewoon werkt. Wat nog wel leesbaar was, blijft bewaard."
  };

  /* A visible notice at the top of the page, announced to screen readers. */
  function showNotice() {
    if (!document.body) {
      document.addEventListener("DOMContentLoaded", showNotice);
      return;
    }
    var article = document.querySelector(".md-content__inner") || document.body;
    var notice = document.getElementById("swan-storage-notice");
    if (!notice) {
      notice = document.createElement("div");
      notice.id = "swan-storage-notice";
      notice.className = "admonition warning swan-storage-notice";
      notice.setAttribute("role", "status");
      notice.setAttribute("data-testid", "swan-storage-notice");
      var title = document.createElement("p");
      title.className = "admonition-title";
      title.textContent = "Je voortgang";
      notice.appendChild(title);
      article.insertBefore(notice, article.firstChild);
    }
    var texts = [];
    if (!store.available) texts.push(NOTICES.unavailable);
    if (store.setAside) texts.push(NOTICES.setAside);
    notice.querySelectorAll("p.swan-storage-notice__text").forEach(function (p) {
      p.remove();
    });
    texts.forEach(function (text) {
      var p = document.createElement("p");
      p.className = "swan-storage-notice__text";
      p.textContent = text;
      notice.appendChild(p);
    });
    notice.hidden = texts.length === 0;
  }
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
    store.read();
    if (!store.available || store.setAside) showNotice();
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
