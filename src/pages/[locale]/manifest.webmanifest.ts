// One web app manifest per language: installed from a Turkish page, the app opens the Turkish
// home, with the Turkish name and description. Linked from that language's pages (OfflineHead).
// Its shortcuts (a long press or right click on the app's icon) go straight into that language's
// wizard, on its paste box, and its reply check: the two tools an owner opens mid-incident.
import type { APIRoute } from 'astro';
import { localeCodes, localeInfo, type Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { uiStrings } from '../../i18n/ui';
import { themeColors } from '../../offline/theme';

export function getStaticPaths() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = params.locale as Locale;
  const base = import.meta.env.BASE_URL;
  const s = uiStrings(locale);
  const home = localePath(base, locale);
  const manifest = {
    id: home,
    name: s['site.name'],
    short_name: s['site.name'],
    description: s['site.tagline'],
    lang: localeInfo(locale).hreflang,
    dir: 'ltr',
    start_url: home,
    // The whole site, so that switching language stays inside the installed app.
    scope: base,
    display: 'standalone',
    background_color: themeColors.light,
    theme_color: themeColors.light,
    shortcuts: [
      {
        name: s['home.start'],
        short_name: s['nav.wizard'],
        url: localePath(base, locale, 'wizard'),
        icons: [{ src: `${base}icons/icon-96.png`, sizes: '96x96', type: 'image/png' }],
      },
      {
        name: s['nav.check'],
        url: localePath(base, locale, 'check'),
        icons: [{ src: `${base}icons/check-96.png`, sizes: '96x96', type: 'image/png' }],
      },
    ],
    icons: [
      { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      {
        src: `${base}icons/maskable-512.png`,
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
