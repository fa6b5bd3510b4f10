/* global document, localStorage, matchMedia */
// Applies the remembered theme before the first paint, so a dark page never flashes light.
// A plain script in public/ (CSP script-src 'self'); src/ui/theme.ts does the same once the app runs.
(function () {
  var root = document.documentElement;
  var choice = null;
  try {
    choice = localStorage.getItem("imodel-admin.theme");
  } catch {
    // Storage blocked: follow the system.
  }
  var dark =
    choice === "dark" || (choice !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  root.setAttribute("data-iui-theme", dark ? "dark" : "light");
  if (matchMedia("(prefers-contrast: more)").matches)
    root.setAttribute("data-iui-contrast", "high");
})();
