// Benchmark of the comment reader (`npm run bench:reading`): a 5,000-character comment read many
// times in each locale, and the slowest of a few adversarial texts (one long word, only digits,
// dots, repeated cue words). Prints medians in ms. Not a timed test: the figure depends on the
// machine.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

// Node runs the TypeScript source as it is (its types stripped); the source imports its siblings
// without an extension, as the bundler allows, so those resolve to the .ts file.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (e) {
      if (!specifier.startsWith('.')) throw e;
      return next(`${specifier}.ts`, context);
    }
  },
});
const root = new URL('../../', import.meta.url);
const { readComment } = await import(new URL('src/playbook/analysis/reading.ts', root).href);
// The data as the wizard fetches it (comment.json): the cue lists compiled by the build.
const { commentPayload } = await import(
  new URL('src/playbook/analysis/reading-match.ts', root).href
);
// What every locale shares, as the wizard fetches it (/reading-shared.json): the platforms' link
// hosts and the languages' common words (reading-shared.ts builds it; read here without the schema
// check, which the tests and the build do).
const { linkTable } = await import(new URL('src/playbook/analysis/reading-links.ts', root).href);
const shared = {
  links: linkTable(),
  languages: JSON.parse(readFileSync(new URL('content/analysis/languages.json', root), 'utf8')),
};

// A long, mixed comment: complaint sentences, an order number, emoji, a link, typos.
const sentences = {
  en: 'Waited 40 mins for a cold flat white and the waiter was rude 😡 order #ORD-30021, see x.com/a/status/1 ',
  de: 'Ich habe 40 Minuten auf einen kalten Kaffee gewartet und die Kellnerin war unfreundlich 😡 Bestellung 4471-2290 ',
  tr: 'Kahve cok soguk geldi, garson kaba davrandı 😡 sipariş no 1092837465 hala cevap yok ',
  hu: 'Negyven percet vártunk a hideg kávéra és a pincér bunkó volt 😡 rendelésszám 2025-44817 ',
};
const runs = 200;
const adversarial = [
  'a'.repeat(5000),
  '0'.repeat(5000),
  'a.'.repeat(2500),
  '- '.repeat(2500),
  'ha nem '.repeat(714),
  'Sie Ihr du '.repeat(500),
  'order #'.repeat(714),
  'x.com/'.repeat(833),
];
const all = Object.fromEntries(
  Object.keys(sentences).map((l) => [
    l,
    commentPayload(
      JSON.parse(readFileSync(new URL(`content/analysis/${l}.json`, root), 'utf8')).comment,
    ),
  ]),
);
/** Median and 95th percentile of `runs` reads, in ms. */
function measure(read) {
  for (let i = 0; i < 20; i++) read(); // warm up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    read();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [times[runs >> 1], times[Math.floor(runs * 0.95)]];
}
for (const [locale, sentence] of Object.entries(sentences)) {
  const data = { comment: all[locale] };
  const text = sentence.repeat(Math.ceil(5000 / sentence.length)).slice(0, 5000);
  const [median, p95] = measure(() => readComment(text, data.comment, { locale, ...shared }));
  // With every locale's data loaded: threats in the other languages are looked for too.
  const [withOthers] = measure(() =>
    readComment(text, data.comment, { locale, others: all, ...shared }),
  );
  // A first read includes compiling the patterns, as when the owner pastes once.
  const fresh = JSON.parse(JSON.stringify(data.comment));
  const first = performance.now();
  readComment(text, fresh, { locale, ...shared });
  const cold = performance.now() - first;
  let worst = 0;
  for (const odd of adversarial) {
    const t = [];
    for (let i = 0; i < 15; i++) {
      const s = performance.now();
      readComment(odd, data.comment, { locale, ...shared });
      t.push(performance.now() - s);
    }
    worst = Math.max(worst, t.sort((a, b) => a - b)[7]);
  }
  console.log(
    `${locale}: ${text.length} chars, median ${median.toFixed(2)} ms (p95 ${p95.toFixed(2)}) over ${runs} reads; ` +
      `with all locales' data ${withOthers.toFixed(2)} ms; first read (compiling) ${cold.toFixed(2)} ms; ` +
      `slowest adversarial text ${worst.toFixed(2)} ms`,
  );
}
