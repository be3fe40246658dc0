/* SWAN course: the notices about the learner's stored data, at the top of the page.
 *
 * Loaded by store.js, next to it, only on a page that shows one: storage that is
 * blocked or full, data that was set aside, the reminder to keep a copy where
 * the browser may erase what is stored, and a newer text of a note from another
 * tab (swanLiveNote in course.js). Announced to screen readers (role status).
 */
(function () {
  "use strict";

  var TEXTS = {
    unavailable: "Let op: je voortgang wordt nu niet bewaard. Deze browser staat opslaan niet toe " +
      "(bijvoorbeeld in een privévenster) of de opslag is vol. Je kunt de cursus gewoon gebruiken, " +
      "maar na het sluiten van deze pagina is wat je deed weg.",
    unavailableInLms: "Let op: deze browser staat opslaan niet toe. Je voortgang wordt alleen in de leeromgeving bewaard.",
    setAside: "Let op: een deel van je opgeslagen voortgang was beschadigd en kon niet worden gelezen. " +
      "We hebben het apart gezet, zodat deze pagina gewoon werkt. Wat nog wel leesbaar was, blijft bewaard.",
    copyTitle: "Bewaar een kopie van je voortgang",
    copy: "Deze browser kan je voortgang wissen als je de cursus een tijd niet opent. " +
      "Bewaar daarom af en toe een kopie in een bestand. Dat doe je op de pagina ",
    privacyPage: "Je voortgang en je privacy",
    close: "Ik begrijp het",
    newer: "In een ander tabblad staat een nieuwere versie van deze aantekening.",
    takeNewer: "Gebruik de nieuwere tekst",
    keepMine: "Houd mijn tekst"
  };
  var PRIVACY_PAGE = "introductie/voortgang-en-privacy.md";

  /* The top of the page's content; null on a page without it (the SCORM launch page). */
  function holder() {
    return document.querySelector(".md-content__inner");
  }

  function whenReady(then) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
    else then();
  }

  function element(tag, attributes, content) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (content) node.textContent = content;
    return node;
  }

  /* Blocked or full storage, and data set aside: one notice, its texts kept up to date. */
  function storage(store, insideLms) {
    whenReady(function () {
      var top = holder();
      if (!top) return;
      var notice = document.getElementById("swan-storage-notice");
      if (!notice) {
        notice = element("div", { id: "swan-storage-notice", "class": "admonition warning swan-storage-notice",
          role: "status", "data-testid": "swan-storage-notice" });
        notice.appendChild(element("p", { "class": "admonition-title" }, "Je voortgang"));
        top.insertBefore(notice, top.firstChild);
      }
      var texts = [];
      if (!store.available) texts.push(insideLms ? TEXTS.unavailableInLms : TEXTS.unavailable);
      if (store.setAside) texts.push(TEXTS.setAside);
      notice.querySelectorAll("p.swan-storage-notice__text").forEach(function (p) {
        p.remove();
      });
      texts.forEach(function (text) {
        notice.appendChild(element("p", { "class": "swan-storage-notice__text" }, text));
      });
      notice.hidden = texts.length === 0;
    });
  }

  function privacyLink() {
    var map = window.swanCourseMap;
    var page = map && map.pages && map.pages[PRIVACY_PAGE];
    if (!page) return document.createTextNode(TEXTS.privacyPage);
    try {
      var base = window.__md_scope || new URL(".", window.location.href);
      return element("a", { href: new URL(page.url + "#swan-data-export", base).href }, page.title || TEXTS.privacyPage);
    } catch (error) {
      return document.createTextNode(TEXTS.privacyPage);
    }
  }

  /* The browser may erase what is stored: how to keep a copy. closed() remembers that the learner read it. */
  function keepACopy(closed) {
    whenReady(function () {
      var top = holder();
      if (!top || document.getElementById("swan-persist-notice")) return;
      var notice = element("div", { id: "swan-persist-notice", "class": "admonition info swan-persist-notice",
        role: "status", "data-testid": "swan-persist-notice" });
      notice.appendChild(element("p", { "class": "admonition-title" }, TEXTS.copyTitle));
      var p = element("p", {}, TEXTS.copy);
      p.appendChild(privacyLink());
      p.appendChild(document.createTextNode("."));
      notice.appendChild(p);
      var close = element("button", { type: "button", "class": "md-button" }, TEXTS.close);
      close.addEventListener("click", function () {
        closed();
        notice.remove();
      });
      notice.appendChild(close);
      var storageNotice = document.getElementById("swan-storage-notice");
      top.insertBefore(notice, storageNotice ? storageNotice.nextSibling : top.firstChild);
    });
  }

  /* Right below a note field: another tab has a newer text. take() and keep() are the learner's two answers. */
  function newerNote(field, take, keep) {
    var id = (field.id || field.name || "notitie") + "-nieuwer";
    var notice = document.getElementById(id);
    if (notice) notice.remove();
    notice = element("div", { id: id, "class": "swan-newer", role: "status", "data-testid": "swan-newer-note" });
    notice.appendChild(element("p", {}, TEXTS.newer));
    var takeButton = element("button", { type: "button", "class": "md-button md-button--primary" }, TEXTS.takeNewer);
    var keepButton = element("button", { type: "button", "class": "md-button" }, TEXTS.keepMine);
    takeButton.addEventListener("click", take);
    keepButton.addEventListener("click", keep);
    notice.appendChild(takeButton);
    notice.appendChild(keepButton);
    field.insertAdjacentElement("afterend", notice);
    return notice;
  }

  window.swanNotices = { storage: storage, keepACopy: keepACopy, newerNote: newerNote };
})();
