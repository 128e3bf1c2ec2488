// robots.txt: every page may be crawled; the sitemap (written by @astrojs/sitemap) lists them with
// their language alternates. Under a base path the file sits at <base>robots.txt, where the host
// may serve or map it; the sitemap URL includes the base either way.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const sitemap = new URL(`${base}sitemap-index.xml`, site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
