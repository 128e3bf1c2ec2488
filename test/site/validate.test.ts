// Every built page is valid HTML (html-validate's recommended rules, with the exceptions below).
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { htmlPages, readPage } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes minified markup: void elements without a slash, no pretty whitespace.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Astro writes boolean attributes as attr="" in island markup.
    'attribute-boolean-style': 'off',
    // Long titles are the writers' wording in four languages; search engines cut them anyway.
    'long-title': 'off',
    // Heading ids come from the heading text; Turkish "İ" lower-cases to "i" plus a combining dot,
    // which HTML allows in ids (anything but white space) but the strict rule does not.
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('HTML', () => {
  it.each(htmlPages().map((p) => [p.path] as const))('%s validates', async (path) => {
    const report = await validator.validateString(
      readPage(path === '/404.html' ? '404.html' : path),
      path,
    );
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
