// Registers the offline worker beside this file; Escape or a click outside closes the header's menu.
if ('serviceWorker' in navigator && document.currentScript)
  navigator.serviceWorker.register(new URL('sw.js', document.currentScript.src).pathname).catch(() => {});
{
  const menu = document.querySelector('.site-menu');
  if (menu) {
    document.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !menu.open) return;
      const inside = menu.contains(document.activeElement);
      menu.open = false;
      if (inside) menu.querySelector('summary').focus();
    });
    document.addEventListener('click', (e) => {
      if (menu.open && !menu.contains(e.target)) menu.open = false;
    });
  }
}
