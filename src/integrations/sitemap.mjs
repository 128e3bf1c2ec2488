// @astrojs/sitemap with every page's other-language versions as alternates. Every page lives
// under a language prefix here; the root is the language chooser, which @astrojs/sitemap would take
// for the default language's version of each page (it assumes an unprefixed default language).
// So the root keeps its entry but is neither given nor used as an alternate.
import sitemap from '@astrojs/sitemap';

/**
 * @param {{ site: string; base: string; defaultLocale: string; locales: readonly { code: string; hreflang: string }[] }} o
 * @returns {import('astro').AstroIntegration}
 */
export function localizedSitemap({ site, base, defaultLocale, locales }) {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site).href;
  return sitemap({
    // The offline page is for the offline worker to show, not for search engines.
    filter: (page) => !/\/offline\/$/.test(page),
    i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l.code, l.hreflang])) },
    serialize(item) {
      if (item.url === root) return { ...item, links: undefined };
      return { ...item, links: item.links?.filter((link) => link.url !== root) };
    },
  });
}
