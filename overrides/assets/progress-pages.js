/* SWAN course: the progress widgets of the few pages that show them.
 *
 * "Mijn voortgang" on the home page, the bewijs van deelname, and export, import and erasure of the learner's data on the
 * privacy page. Loaded only on those pages (src/swan_course/render/assets.py WIDGETS),
 * after progress.js, whose window.swanProgress.kit gives the shared parts.
 *
 * Learner text is only put into the page as .textContent or .value.
 */
(function () {
  "use strict";

  var kit = window.swanProgress && window.swanProgress.kit;
  if (!kit) return;
  var map = kit.map, store = kit.store, el = kit.el, link = kit.link, formatDate = kit.formatDate;
  var statusText = kit.statusText, summary = kit.summary;
  var clearQuizRecords = kit.clearQuizRecords, changed = kit.changed;
  var EXPORT_FORMAT = "swan-voortgang";

  function progressBar(value, total) {
    var bar = el("span", { "class": "swan-bar", "aria-hidden": "true" });
    var fill = el("span", { "class": "swan-bar__fill" });
    fill.style.width = (total ? Math.round((value / total) * 100) : 100) + "%";
    bar.appendChild(fill);
    return bar;
  }

  function continueLink() {
    var src = store.get("laatste-pagina");
    var page = typeof src === "string" ? map.pages[src] : null;
    if (!page) return null;
    var p = el("p", { "class": "swan-continue" });
    p.appendChild(document.createTextNode("Verder waar je was: "));
    var a = link(page.url, page.title);
    a.setAttribute("data-testid", "swan-continue");
    p.appendChild(a);
    return p;
  }

  function eindtoetsLine(result) {
    var p = el("p", { "data-testid": "swan-overview-eindtoets" });
    p.appendChild(document.createTextNode("Eindtoets: "));
    if (!result) p.appendChild(document.createTextNode("nog niet gemaakt. "));
    else {
      p.appendChild(document.createTextNode("je beste score is " + result.score + "%. " +
        (result.passed ? "Je bent geslaagd. " : "Je hebt " + map.cesuur + "% nodig om te slagen. ")));
    }
    if (map.eindtoets && map.eindtoets.url) p.appendChild(link(map.eindtoets.url, "Naar de eindtoets"));
    return p;
  }

  function renderOverview(box) {
    var current = summary();
    var content = el("div", { "class": "swan-overview" });
    var next = continueLink();
    if (next) content.appendChild(next);
    var done = current.modules.filter(function (module) {
      return module.done;
    }).length;
    content.appendChild(el("p", { "data-testid": "swan-overview-total" },
      "Je hebt " + done + " van de " + current.modules.length + " modules afgerond."));
    var totals = current.modules.reduce(function (sum, module) {
      sum.visited += module.pagesVisited;
      sum.pages += module.pagesTotal;
      sum.answered += module.questionsAnswered;
      sum.correct += module.questionsCorrect;
      sum.questions += module.questionsTotal;
      return sum;
    }, { visited: 0, pages: 0, answered: 0, correct: 0, questions: 0 });
    content.appendChild(el("p", { "data-testid": "swan-overview-course" },
      "In de hele cursus: " + totals.visited + " van de " + totals.pages + " pagina's gelezen, " +
      totals.answered + " van de " + totals.questions + " vragen beantwoord, waarvan " + totals.correct + " goed."));
    var list = el("ul", { "class": "swan-overview__modules" });
    current.modules.forEach(function (progress, index) {
      var module = map.modules[index];
      var item = el("li", { "data-testid": "swan-overview-" + module.id, "data-status": statusText(progress) });
      var head = el("span", { "class": "swan-overview__title" });
      head.appendChild(link(module.url, module.title));
      head.appendChild(el("span", { "class": "swan-overview__status" }, " — " + statusText(progress)));
      item.appendChild(head);
      var details = "Pagina's gelezen: " + progress.pagesVisited + " van " + progress.pagesTotal + ".";
      if (progress.questionsTotal) {
        details += " Vragen beantwoord: " + progress.questionsAnswered + " van " + progress.questionsTotal +
          ", waarvan " + progress.questionsCorrect + " goed.";
      }
      item.appendChild(el("span", { "class": "swan-overview__details" }, details));
      item.appendChild(progressBar(progress.pagesVisited + progress.questionsAnswered,
        progress.pagesTotal + progress.questionsTotal));
      list.appendChild(item);
    });
    content.appendChild(list);
    content.appendChild(eindtoetsLine(current.eindtoets));
    var bewijs = map.pages["bewijs-van-deelname.md"];
    if (bewijs) {
      var p = el("p");
      p.appendChild(document.createTextNode(current.complete ? "Je hebt de cursus afgerond. " :
        "Als je alles hebt afgerond, krijg je een bewijs van deelname. "));
      p.appendChild(link(bewijs.url, "Naar je bewijs van deelname"));
      content.appendChild(p);
    }
    box.replaceChildren(content);
  }

  /* ---------- the bewijs van deelname ---------- */

  function missingList(current) {
    var list = el("ul", { "data-testid": "swan-bewijs-missing" });
    current.modules.forEach(function (progress, index) {
      if (progress.done) return;
      var module = map.modules[index];
      var parts = [];
      if (progress.pagesVisited < progress.pagesTotal) {
        parts.push((progress.pagesTotal - progress.pagesVisited) + " pagina's nog niet gelezen");
      }
      if (progress.questionsAnswered < progress.questionsTotal) {
        parts.push((progress.questionsTotal - progress.questionsAnswered) + " vragen nog niet beantwoord");
      }
      var item = el("li");
      item.appendChild(link(module.url, module.title));
      item.appendChild(document.createTextNode(": " + parts.join(" en ") + "."));
      list.appendChild(item);
    });
    if (!current.eindtoets || !current.eindtoets.passed) {
      var item = el("li");
      item.appendChild(map.eindtoets && map.eindtoets.url ? link(map.eindtoets.url, "Eindtoets") : el("span", {}, "Eindtoets"));
      item.appendChild(document.createTextNode(current.eindtoets ?
        ": je beste score is " + current.eindtoets.score + "%, je hebt " + map.cesuur + "% nodig." :
        ": nog niet gemaakt. Je hebt " + map.cesuur + "% nodig."));
      list.appendChild(item);
    }
    return list;
  }

  function certificate(current, name) {
    var result = store.get("eindtoets:resultaat") || {};
    var card = el("section", { "class": "swan-certificate", "aria-labelledby": "swan-certificate-title",
      "data-testid": "swan-certificate" });
    card.appendChild(el("h2", { id: "swan-certificate-title" }, "Bewijs van deelname"));
    card.appendChild(el("p", { "class": "swan-certificate__name", "data-testid": "swan-certificate-name" }, name));
    card.appendChild(el("p", {}, "heeft de online cursus afgerond:"));
    card.appendChild(el("p", { "class": "swan-certificate__course" }, map.title));
    var facts = el("dl", { "class": "swan-certificate__facts" });
    var hours = Math.round((map.studietijd / 60) * 10) / 10;
    [["Versie", map.version],
      ["Datum", formatDate(result.datum || new Date().toISOString())],
      ["Eindtoets", current.eindtoets.score + "% goed (nodig: " + map.cesuur + "%)"],
      ["Studiebelasting", "ongeveer " + String(hours).replace(".", ",") + " uur (" + map.studietijd + " minuten)"]
    ].forEach(function (pair) {
      facts.appendChild(el("dt", {}, pair[0]));
      facts.appendChild(el("dd", {}, pair[1]));
    });
    card.appendChild(facts);
    card.appendChild(el("h3", {}, "Afgeronde modules"));
    var modules = el("ul");
    map.modules.forEach(function (module) {
      modules.appendChild(el("li", {}, module.title));
    });
    card.appendChild(modules);
    card.appendChild(el("p", { "class": "swan-certificate__note" },
      "Dit is geen officiële accreditatie en geen certificaat van een beroepsregister. " +
      "Het bewijs laat zien dat de deelnemer de cursus heeft doorlopen en de eindtoets heeft gehaald. " +
      "De naam is door de deelnemer zelf ingevuld."));
    return card;
  }

  function renderBewijs(box) {
    var current = summary();
    var content = el("div", { "class": "swan-bewijs" });
    if (!current.complete) {
      content.appendChild(el("p", { "data-testid": "swan-bewijs-incomplete" },
        "Je bewijs van deelname is nog niet klaar. Dit moet je nog doen:"));
      content.appendChild(missingList(current));
      box.replaceChildren(content);
      return;
    }
    var form = el("form", { "class": "swan-bewijs__form" });
    var label = el("label", { "for": "swan-bewijs-naam" }, "Je naam zoals die op het bewijs moet staan");
    var input = el("input", { id: "swan-bewijs-naam", type: "text", autocomplete: "name", maxlength: "100" });
    var saved = store.get("naam");
    if (typeof saved === "string") input.value = saved;
    var button = el("button", { type: "submit", "class": "md-button md-button--primary" }, "Maak je bewijs");
    var message = el("p", { "class": "swan-bewijs__message", "aria-live": "polite" });
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(button);
    form.appendChild(message);
    content.appendChild(form);
    var holder = el("div", { "class": "swan-bewijs__holder" });
    content.appendChild(holder);
    function show(name) {
      holder.replaceChildren(certificate(current, name));
      var print = el("button", { type: "button", "class": "md-button swan-bewijs__print" }, "Print of bewaar als pdf");
      print.addEventListener("click", function () {
        window.print();
      });
      holder.appendChild(print);
    }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var name = input.value.trim();
      if (!name) {
        message.textContent = "Vul eerst je naam in.";
        input.focus();
        return;
      }
      store.set("naam", name);
      show(name);
      message.textContent = "Je bewijs van deelname staat hieronder. Je kunt het nu printen.";
    });
    if (typeof saved === "string" && saved.trim()) show(saved.trim());
    box.replaceChildren(content);
  }

  /* ---------- export, import, erase ---------- */

  /* JSON with sorted keys, so the checksum does not depend on key order. */
  function canonical(value) {
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    if (value && typeof value === "object") {
      return "{" + Object.keys(value).sort().map(function (key) {
        return JSON.stringify(key) + ":" + canonical(value[key]);
      }).join(",") + "}";
    }
    return JSON.stringify(value);
  }

  /* cyrb53: a fast 53-bit hash. It detects a changed or damaged file; it is no
   * signature (the file stays the learner's own, readable and editable). */
  function checksum(text) {
    var h1 = 0xdeadbeef;
    var h2 = 0x41c6ce57;
    for (var i = 0; i < text.length; i++) {
      var ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
  }

  /* The largest file we read: a whole course of progress with long notes is well under 1 MB. */
  var IMPORT_LIMIT = 2 * 1024 * 1024;
  var IMPORT_MESSAGES = {
    tooLarge: "Dit bestand is te groot (meer dan 2 MB). Een voortgangsbestand van deze cursus is veel kleiner. " +
      "Kies het bestand dat je bij 'Bewaar je voortgang in een bestand' hebt gemaakt. Er is niets veranderd.",
    notJson: "Dit bestand kan niet worden gelezen: het is geen voortgangsbestand. " +
      "Kies het bestand dat je bij 'Bewaar je voortgang in een bestand' hebt gemaakt. Er is niets veranderd.",
    notOurs: "Dit is geen voortgangsbestand van deze cursus. Er is niets veranderd.",
    invalid: "Dit voortgangsbestand is beschadigd of ongeldig en kan niet worden teruggezet. Er is niets veranderd.",
    changed: "Dit bestand is veranderd of beschadigd sinds het werd gemaakt. Er is niets veranderd.",
    newer: "Dit bestand komt uit een nieuwere versie van de cursus en kan hier niet worden gelezen. Er is niets veranderd.",
    storage: "Je voortgang kon niet worden teruggezet: de opslag van deze browser is vol of staat het niet toe. " +
      "Er is niets veranderd.",
    unreadable: "Dit bestand kan niet worden gelezen. Er is niets veranderd.",
    done: "Je voortgang is teruggezet.",
    doneNotKept: "Je voortgang is teruggezet voor dit bezoek. Deze browser bewaart niets: " +
      "na het sluiten van deze pagina is het weg."
  };

  function exportData() {
    var data = store.snapshot();
    return {
      format: EXPORT_FORMAT,
      storeVersion: data.version,
      course: map.version,
      exported: new Date().toISOString(),
      data: data,
      checksum: checksum(canonical(data))
    };
  }

  function isPlainObject(value) {
    return Object.prototype.toString.call(value) === "[object Object]";
  }

  function isPositiveInteger(value) {
    return typeof value === "number" && Math.floor(value) === value && value >= 1;
  }

  /* Check a whole export file before anything changes: {items} or {error: a message for the learner}. */
  function checkImport(text) {
    if (text.length > IMPORT_LIMIT) return { error: IMPORT_MESSAGES.tooLarge };
    var file;
    try {
      file = JSON.parse(text);
    } catch (error) {
      return { error: IMPORT_MESSAGES.notJson };
    }
    if (!isPlainObject(file) || file.format !== EXPORT_FORMAT) return { error: IMPORT_MESSAGES.notOurs };
    var data = file.data;
    if (!isPlainObject(data) || !isPositiveInteger(data.version) || file.storeVersion !== data.version ||
        !isPlainObject(data.items) || typeof file.checksum !== "string") {
      return { error: IMPORT_MESSAGES.invalid };
    }
    if (file.checksum !== checksum(canonical(data))) return { error: IMPORT_MESSAGES.changed };
    var checked = store.check(data);
    if (!checked.ok) return { error: checked.reason === "newer" ? IMPORT_MESSAGES.newer : IMPORT_MESSAGES.invalid };
    return { items: checked.items };
  }

  /* An eindtoets result from a file is the learner's own claim: it is marked, and never reported to an LMS. */
  function markImported(items) {
    ["eindtoets:resultaat", "eindtoets:sessie"].forEach(function (key) {
      if (items[key]) items[key].geimporteerd = true;
    });
    return items;
  }

  /* All or nothing: the whole file is checked first, then everything is replaced in one go. */
  function importData(text) {
    var checked = checkImport(text);
    if (checked.error) return checked;
    if (!store.restore({ version: store.version, items: markImported(checked.items) })) {
      return { error: IMPORT_MESSAGES.storage };
    }
    clearQuizRecords();
    return { message: store.available ? IMPORT_MESSAGES.done : IMPORT_MESSAGES.doneNotKept };
  }

  function eraseAll() {
    store.clear();
    clearQuizRecords();
  }

  function download(file) {
    var blob = new Blob([JSON.stringify(file, null, 2)], { type: "application/json" });
    var a = el("a", { href: URL.createObjectURL(blob), download: "swan-voortgang-" + file.exported.slice(0, 10) + ".json" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(function () {
      URL.revokeObjectURL(a.href);
    }, 1000);
  }

  function renderDataControls(box) {
    var content = el("div", { "class": "swan-data" });
    /* Each part says what happened right below its own control, where a learner on a phone looks. */
    function messageLine(part) {
      return el("p", { "class": "swan-data__message", "aria-live": "polite", "data-testid": "swan-" + part + "-message" });
    }
    var exported = messageLine("export");
    var imported = messageLine("import");
    var erased = messageLine("erase");

    content.appendChild(el("h3", { id: "swan-data-export" }, "Je voortgang in een bestand bewaren"));
    content.appendChild(el("p", {}, "Je krijgt een bestand met je voortgang en je aantekeningen. Bewaar het goed: er kunnen je aantekeningen in staan."));
    var exportButton = el("button", { type: "button", "class": "md-button", "data-testid": "swan-export" }, "Bewaar je voortgang in een bestand");
    exportButton.addEventListener("click", function () {
      download(exportData());
      exported.textContent = "Je voortgang is bewaard in een bestand. Kijk in je map met downloads.";
    });
    content.appendChild(exportButton);
    content.appendChild(exported);

    content.appendChild(el("h3", { id: "swan-data-import" }, "Je voortgang terugzetten"));
    content.appendChild(el("p", {}, "Kies een voortgangsbestand van deze cursus. Wat nu in deze browser staat, wordt dan vervangen door wat in het bestand staat. Ook je antwoorden in de oefenvragen komen terug."));
    /* The browser's own file field, so keyboard and screen reader get a real file picker; it is
     * visually hidden, and its label is the visible button, in Dutch (the field's own "Choose File"
     * text is in the browser's language). The label follows the field so CSS can show its focus. */
    var input = el("input", { id: "swan-data-file", type: "file", accept: ".json,application/json",
      "class": "swan-sr-only swan-data__file", "data-testid": "swan-import" });
    var label = el("label", { "for": "swan-data-file", "class": "md-button swan-data__choose" }, "Kies een voortgangsbestand");
    /* Space opens the file dialog in every browser, Enter not in Chromium; a learner expects both. */
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") return;
      event.preventDefault();
      input.click();
    });
    input.addEventListener("change", function () {
      var chosen = input.files && input.files[0];
      if (!chosen) return;
      if (chosen.size > IMPORT_LIMIT) {
        imported.textContent = IMPORT_MESSAGES.tooLarge;
        input.value = "";
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        var result = importData(String(reader.result));
        imported.textContent = result.error || result.message;
        input.value = "";
        changed();
      };
      reader.onerror = function () {
        imported.textContent = IMPORT_MESSAGES.unreadable;
        input.value = "";
      };
      reader.readAsText(chosen);
    });
    content.appendChild(input);
    content.appendChild(label);
    content.appendChild(imported);

    content.appendChild(el("h3", { id: "swan-data-erase" }, "Alles wissen"));
    content.appendChild(el("p", {}, "Je wist je voortgang, je antwoorden, je aantekeningen, je eindtoets en je naam in deze browser. Dat kun je niet ongedaan maken."));
    // Confirmed in the page, not with window.confirm: an LMS may run the course in a frame without dialogs.
    var eraseButton = el("button", { type: "button", "class": "md-button swan-data__erase", "data-testid": "swan-erase",
      "aria-expanded": "false", "aria-controls": "swan-data-confirm" }, "Wis alles");
    var confirmBox = el("div", { id: "swan-data-confirm", "class": "swan-data__confirm" });
    confirmBox.hidden = true;
    confirmBox.appendChild(el("p", {}, "Weet je zeker dat je alles van deze cursus in deze browser wilt wissen?"));
    var yes = el("button", { type: "button", "class": "md-button swan-data__erase", "data-testid": "swan-erase-confirm" },
      "Ja, wis alles");
    var no = el("button", { type: "button", "class": "md-button" }, "Nee, niet wissen");
    confirmBox.appendChild(yes);
    confirmBox.appendChild(no);
    function closeConfirm() {
      confirmBox.hidden = true;
      eraseButton.setAttribute("aria-expanded", "false");
      eraseButton.focus();
    }
    eraseButton.addEventListener("click", function () {
      confirmBox.hidden = false;
      eraseButton.setAttribute("aria-expanded", "true");
      yes.focus();
    });
    no.addEventListener("click", function () {
      closeConfirm();
      erased.textContent = "Er is niets gewist.";
    });
    yes.addEventListener("click", function () {
      eraseAll();
      closeConfirm();
      erased.textContent = "Alles is gewist.";
      changed();
    });
    content.appendChild(eraseButton);
    content.appendChild(confirmBox);
    content.appendChild(erased);
    box.replaceChildren(content);
  }

  kit.placeholder("overview", renderOverview);
  kit.placeholder("bewijs", renderBewijs, function () {
    var current = summary();
    return current.complete ? "complete" : JSON.stringify(current);
  });
  kit.placeholder("data", renderDataControls, function () {
    return "once";
  });
})();
