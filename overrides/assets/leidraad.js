/* SWAN course: the gespreksleidraad. Notes, checkboxes, round timers and the summary.
 *
 * Learner data only through window.swanStore (store.js), under keys that start
 * with "leidraad:" (leidraad:<question-id>, leidraad:check:<tag>:<value>), so
 * "erase" removes exactly those. A note or checkbox changed in another tab is
 * shown here too (swanLiveNote in course.js); typing writes only the field's
 * own key. Learner text is only ever set as .value or .textContent. Downloads
 * are made in the browser (Blob), so they also work offline and from file://.
 */
(function () {
  "use strict";

  var PREFIX = "leidraad:";
  var EMPTY = "(nog niet ingevuld)";
  var timers = [];

  function store() {
    return window.swanStore;
  }

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function labelOf(field) {
    var label = document.querySelector('label[for="' + field.id + '"]');
    return label ? label.textContent.trim() : field.id;
  }

  /* ---- Notes and checkboxes ---- */

  function restore(leidraad) {
    all(leidraad, "textarea[data-key]").forEach(function (field) {
      var saved = store().get(field.getAttribute("data-key"));
      field.value = typeof saved === "string" ? saved : "";
    });
    all(leidraad, "input[type=checkbox][data-key]").forEach(function (box) {
      box.checked = store().get(box.getAttribute("data-key")) === true;
    });
  }

  function saveNote(key, text) {
    if (text.trim() === "") store().remove(key);
    else store().set(key, text);
  }

  function save(event) {
    var target = event.target;
    var key = target.getAttribute && target.getAttribute("data-key");
    if (!key || key.indexOf(PREFIX) !== 0) return;
    if (target.type === "checkbox") {
      if (target.checked) store().set(key, true);
      else store().remove(key);
    } else {
      saveNote(key, target.value);
    }
  }

  /* Another tab changed the leidraad: follow it (notes follow through swanLiveNote). */
  function follow(leidraad, refresh) {
    all(leidraad, "textarea[data-key]").forEach(function (field) {
      var key = field.getAttribute("data-key");
      window.swanLiveNote(field, key, function (text) {
        saveNote(key, text);
      });
    });
    window.addEventListener("swan:store-change", function (event) {
      var detail = event.detail || {};
      if (!detail.external || (detail.key !== null && String(detail.key).indexOf(PREFIX) !== 0)) return;
      all(leidraad, "input[type=checkbox][data-key]").forEach(function (box) {
        box.checked = store().get(box.getAttribute("data-key")) === true;
      });
      refresh();
    });
  }

  /* ---- The summary: one model, drawn as DOM text, plain text and Markdown ---- */

  function model(leidraad) {
    var parts = all(leidraad, "textarea[data-part]").sort(function (a, b) {
      return Number(a.getAttribute("data-part-order")) - Number(b.getAttribute("data-part-order"));
    });
    var sections = [{
      title: "Verantwoording",
      items: parts.map(function (field) {
        return { label: field.getAttribute("data-part-label"), text: field.value.trim() };
      })
    }];
    var checks = all(leidraad, "fieldset[data-check]").map(function (fieldset) {
      var chosen = all(fieldset, "input:checked").map(function (box) {
        return box.getAttribute("data-label");
      });
      return { label: fieldset.getAttribute("data-label"), text: chosen.join(", ") };
    });
    sections.push({ title: "Voorwaarden en niveaus", items: checks });
    all(leidraad, ".swan-round").forEach(function (round) {
      var items = all(round, "textarea[data-key]:not([data-part])").map(function (field) {
        return { label: labelOf(field), text: field.value.trim() };
      });
      if (items.length) sections.push({ title: round.getAttribute("data-round-title"), items: items });
    });
    return sections;
  }

  function today() {
    try {
      return new Date().toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
    } catch (error) {
      return new Date().toISOString().slice(0, 10);
    }
  }

  function asText(sections) {
    var lines = ["SAMENVATTING GESPREKSLEIDRAAD", "Gemaakt op " + today(), ""];
    sections.forEach(function (section) {
      lines.push(section.title.toUpperCase(), "");
      section.items.forEach(function (item) {
        lines.push(item.label, item.text || EMPTY, "");
      });
    });
    return lines.join("\n");
  }

  function asMarkdown(sections) {
    var lines = ["# Samenvatting gespreksleidraad", "", "Gemaakt op " + today() + ".", ""];
    sections.forEach(function (section) {
      lines.push("## " + section.title, "");
      section.items.forEach(function (item) {
        lines.push("### " + item.label, "", item.text || EMPTY, "");
      });
    });
    return lines.join("\n");
  }

  function draw(output, sections) {
    while (output.firstChild) output.removeChild(output.firstChild);
    sections.forEach(function (section) {
      var heading = document.createElement("h3");
      heading.textContent = section.title;
      var list = document.createElement("dl");
      section.items.forEach(function (item) {
        var term = document.createElement("dt");
        term.textContent = item.label;
        var value = document.createElement("dd");
        value.textContent = item.text || EMPTY;
        if (!item.text) value.className = "swan-summary__empty";
        list.appendChild(term);
        list.appendChild(value);
      });
      output.appendChild(heading);
      output.appendChild(list);
    });
  }

  function download(text, name, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type + ";charset=utf-8" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 10000);
  }

  function copy(text, status) {
    var fallback = "Kopi\u00ebren lukt niet in deze browser. Download de samenvatting, of selecteer de tekst en kopieer die zelf.";
    if (!navigator.clipboard || typeof navigator.clipboard.writeText !== "function") {
      status.textContent = fallback;
      return;
    }
    navigator.clipboard.writeText(text).then(function () {
      status.textContent = "De samenvatting staat op het klembord.";
    }, function () {
      status.textContent = fallback;
    });
  }

  function setUpSummary(leidraad, summary) {
    var output = summary.querySelector(".swan-summary__output");
    var status = summary.querySelector(".swan-summary__status");
    var actions = summary.querySelector(".swan-summary__actions");
    function refresh() {
      draw(output, model(leidraad));
    }
    actions.hidden = false;
    actions.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-action]");
      if (!button) return;
      var action = button.getAttribute("data-action");
      var sections = model(leidraad);
      if (action === "print") {
        status.textContent = "";
        window.print();
      } else if (action === "copy") {
        copy(asText(sections), status);
      } else if (action === "download-txt") {
        download(asText(sections), "gespreksleidraad-samenvatting.txt", "text/plain");
        status.textContent = "De samenvatting is gedownload als tekstbestand.";
      } else if (action === "download-md") {
        download(asMarkdown(sections), "gespreksleidraad-samenvatting.md", "text/markdown");
        status.textContent = "De samenvatting is gedownload als Markdown-bestand.";
      }
    });
    refresh();
    return refresh;
  }

  /* ---- Timers: one per round, never moving on by themselves ---- */

  function clockText(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function setUpTimer(timer) {
    var minutes = Number(timer.getAttribute("data-minutes"));
    var round = timer.getAttribute("data-round-number");
    var button = timer.querySelector(".swan-timer__button");
    var clock = timer.querySelector(".swan-timer__clock");
    var status = timer.querySelector(".swan-timer__status");
    var state = { interval: null, end: 0 };

    function stop(message) {
      window.clearInterval(state.interval);
      state.interval = null;
      button.textContent = "Start de timer (" + minutes + " minuten)";
      if (message) status.textContent = message;
    }

    function tick() {
      var left = Math.max(0, Math.ceil((state.end - Date.now()) / 1000));
      clock.textContent = clockText(left);
      if (left === 0) {
        stop("De " + minutes + " minuten voor ronde " + round + " zijn om. Rond het gesprek rustig af. " +
          "Ga verder met de volgende ronde wanneer jullie er klaar voor zijn.");
      }
    }

    state.stop = stop;
    timers.push(state);
    timer.hidden = false;
    button.addEventListener("click", function () {
      if (state.interval) {
        stop("De timer voor ronde " + round + " is gestopt.");
        return;
      }
      timers.forEach(function (other) {
        if (other !== state && other.interval) other.stop("");
      });
      state.end = Date.now() + minutes * 60 * 1000;
      state.interval = window.setInterval(tick, 1000);
      clock.textContent = clockText(minutes * 60);
      button.textContent = "Stop de timer";
      status.textContent = "De timer voor ronde " + round + " loopt: " + minutes + " minuten.";
    });
  }

  /* ---- Erase exactly the leidraad keys ---- */

  function setUpErase(erase, leidraad, refresh) {
    var button = erase.querySelector(".swan-erase__button");
    var status = erase.querySelector(".swan-erase__status");
    button.hidden = false;
    button.addEventListener("click", function () {
      if (!window.confirm("Wil je alle aantekeningen en vinkjes van de gespreksleidraad wissen?")) {
        status.textContent = "Er is niets gewist.";
        return;
      }
      store().keys(PREFIX).forEach(function (key) {
        store().remove(key);
      });
      restore(leidraad);
      refresh();
      status.textContent = store().keys(PREFIX).length === 0
        ? "Alle aantekeningen van de gespreksleidraad zijn gewist."
        : "Wissen is niet helemaal gelukt. Probeer het opnieuw.";
    });
  }

  function init() {
    var leidraad = document.querySelector(".swan-leidraad");
    var summary = document.querySelector(".swan-summary");
    if (!leidraad || !summary || !store()) return;
    restore(leidraad);
    var refresh = setUpSummary(leidraad, summary);
    leidraad.addEventListener("input", function (event) {
      save(event);
      refresh();
    });
    leidraad.addEventListener("change", function (event) {
      save(event);
      refresh();
    });
    follow(leidraad, refresh);
    all(leidraad, ".swan-timer").forEach(setUpTimer);
    var erase = document.querySelector(".swan-erase");
    if (erase) setUpErase(erase, leidraad, refresh);
  }

  window.swanOnPage(init);  /* course.js */
})();
