// Registers the offline worker (built into sw.js beside this file; see src/offline/sw.js). A file,
// not an inline script, so the Content-Security-Policy needs no exception.
if ('serviceWorker' in navigator && document.currentScript) {
  navigator.serviceWorker.register(new URL('sw.js', document.currentScript.src).pathname).catch(function () {});
}
