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
