"""Browser storage that fails, as init scripts: it throws on every access, it is full, or it holds damaged data."""

from __future__ import annotations

import json

# localStorage and sessionStorage themselves throw (a blocked storage, as some browsers do for file:// or in
# strict privacy settings).
THROWING_STORAGE = """
for (const name of ["localStorage", "sessionStorage"]) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
  });
}
"""

# Storage is there, but every method throws.
THROWING_METHODS = """
for (const method of ["getItem", "setItem", "removeItem", "key", "clear"]) {
  Storage.prototype[method] = function () { throw new DOMException("Access is denied", "SecurityError"); };
}
"""

# Storage is full: nothing more can be written.
FULL_STORAGE = """
Storage.prototype.setItem = function () { throw new DOMException("Quota exceeded", "QuotaExceededError"); };
"""


def damaged_storage(site_path: str) -> str:
    """Damaged data in every place a page reads, before the page's own scripts run (site_path: the site root)."""
    return f"""(() => {{
      const site = {json.dumps(site_path)};
      localStorage.setItem("swan-course", "{{kapot");
      localStorage.setItem("swan:naam", "{{kapot");
      localStorage.setItem("quiz_progress_" + location.pathname, "[niet, geldig");
      for (const name of ["__palette", "__tabs", "__consent", "__announce"]) {{
        localStorage.setItem(site + "." + name, "{{kapot");
      }}
    }})();"""
