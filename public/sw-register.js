// On every page: registers the offline worker (sw.js, from src/offline/sw.js) and lets the
// header's menu (a <details>) close with Escape or a click outside. A file: the CSP allows no inline script.
if ('serviceWorker' in navigator && document.currentScript) {
  navigator.serviceWorker.register(new URL('sw.js', document.currentScript.src).pathname).catch(function () {});
}
(function (menu) {
  if (!menu) return;
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || !menu.open) return;
    var inside = menu.contains(document.activeElement);
    menu.open = false;
    if (inside) menu.querySelector('summary').focus();
  });
  document.addEventListener('click', function (e) {
    if (menu.open && !menu.contains(e.target)) menu.open = false;
  });
})(document.querySelector('.site-menu'));
