// Which platform a pasted link points to. Addresses are the same in every language, so the table
// lives here once; the build writes it to /reading-shared.json (`linkTable`, as regex sources, with
// the languages: reading-shared.ts), which the wizard fetches with the locale's comment.json: the
// reader's code holds only the walk over the pasted text (the table cost the wizard's JavaScript
// budget ~330 bytes gzip).

/**
 * Host patterns, first match wins, each with its platform id and, where only some of the host's
 * addresses count, the path they need (a host that matches without it gives no platform).
 */
const linkHosts: [RegExp, string, RegExp?][] = [
  [/^(?:[\w-]+\.)*instagram\.com$|^instagr\.am$/, 'instagram'],
  [/^(?:[\w-]+\.)*(?:facebook\.com|fb\.com|fb\.me|fb\.watch)$/, 'facebook'],
  [/^(?:[\w-]+\.)*tiktok\.com$/, 'tiktok'],
  [/^(?:[\w-]+\.)*(?:youtube\.com|youtu\.be)$/, 'youtube'],
  [/^(?:[\w-]+\.)*(?:x\.com|twitter\.com)$/, 'x'],
  [/^(?:[\w-]+\.)*threads\.(?:net|com)$/, 'threads'],
  [/^(?:[\w-]+\.)*linkedin\.com$|^lnkd\.in$/, 'linkedin'],
  // Google links count only where they lead to a place (maps) or a knowledge card (g.co/kgs).
  [/^maps\.app\.goo\.gl$|^maps\.google\.[a-z.]+$|^g\.page$/, 'google'],
  [/^g\.co$/, 'google', /^\/kgs/],
  [/^goo\.gl$/, 'google', /^\/maps/],
  [/^(?:www\.)?google\.[a-z.]+$/, 'google', /^\/maps\b/],
  [
    /^(?:[\w-]+\.)*(?:trustpilot\.[a-z.]+|yelp\.[a-z.]+|tripadvisor\.[a-z.]+|sikayetvar\.com|şikayetvar\.com|booking\.com|holidaycheck\.[a-z.]+|jameda\.de|doctolib\.[a-z.]+)$/,
    'review-site',
  ],
  [
    /^(?:[\w-]+\.)*(?:amazon\.[a-z.]+|amzn\.(?:to|eu)|ebay\.[a-z.]+|etsy\.com|trendyol\.com|hepsiburada\.com|n11\.com|emag\.[a-z.]+|otto\.de|allegro\.[a-z.]+)$/,
    'marketplace',
  ],
];

/** The table as reading-shared.json carries it: the patterns' sources (`new RegExp` reads them, no flags). */
export type LinkHosts = [host: string, platform: string, path?: string][];

export const linkTable = (): LinkHosts =>
  linkHosts.map(([host, platform, path]) =>
    path ? [host.source, platform, path.source] : [host.source, platform],
  );

// A link as people paste it: with or without scheme and www, up to the next space. Read token by
// token, so a long run of letters or dots costs no more than its length.
const token = /\S+/g;
const address = /^(?:https?:\/\/)?([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)(\/\S*)?$/u;

export type LinkHit = { platform: string; start: number; end: number };

export function platformLinks(text: string, table: LinkHosts): LinkHit[] {
  const hits: LinkHit[] = [];
  const hosts = table.map(
    ([host, platform, path]) => [new RegExp(host), platform, path && new RegExp(path)] as const,
  );
  for (const t of text.matchAll(token)) {
    // Punctuation around a pasted link (brackets, a full stop) is not part of it.
    const lead = /^[("'«„“<]*/.exec(t[0])![0].length;
    const word = t[0].slice(lead).replace(/[)"'».,;:!?>”]+$/, '');
    if (!word.includes('.') || word.length > 2048) continue;
    const m = address.exec(word);
    if (!m) continue;
    const host = m[1]!.toLowerCase().replace(/^www\./, '');
    const path = m[2] ?? '';
    for (const [re, platform, needs] of hosts) {
      if (!re.test(host)) continue;
      if (needs && !needs.test(path)) break;
      const start = t.index + lead;
      hits.push({ platform, start, end: start + word.length });
      break;
    }
  }
  return hits;
}
