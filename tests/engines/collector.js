/* Test-only: record Content-Security-Policy violations and uncaught script errors of a page
 * from before its own scripts run. Firefox and Chromium get it through puppeteer's
 * evaluateOnNewDocument; WebKit's classic WebDriver cannot add a script early, so the test
 * server puts it first in <head> of every page it serves to WebKit (tests/engines/engine_server.py).
 * The adapters read window.__swanEngines and empty it before each navigation. */
(function () {
  "use strict";
  if (window.__swanEngines) return;
  var found = { csp: [], errors: [] };
  window.__swanEngines = found;

  document.addEventListener("securitypolicyviolation", function (event) {
    found.csp.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI || "",
      source: (event.sourceFile || location.href) + (event.lineNumber ? ":" + event.lineNumber : ""),
      sample: event.sample || "",
      page: location.href
    });
  }, true);

  window.addEventListener("error", function (event) {
    if (!(event instanceof ErrorEvent)) return;  /* a failed image or script load, not a script error */
    found.errors.push(location.href + ": " + event.message +
      (event.filename ? " (" + event.filename + ":" + event.lineno + ")" : ""));
  });

  window.addEventListener("unhandledrejection", function (event) {
    var reason = event.reason;
    found.errors.push(location.href + ": unhandled rejection: " + (reason && reason.message ? reason.message : String(reason)));
  });
})();
