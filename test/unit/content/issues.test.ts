// The one formatter of schema problems: file, key path and what was expected, one line each.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { checkWith, describeIssues } from '../../../src/schemas/issues';

const schema = z.strictObject({
  title: z.string().trim().min(1),
  register: z.enum(['formal', 'informal']),
  counts: z.strictObject({ bio: z.number() }),
});
const problems = (data: unknown) =>
  describeIssues('x/de.json', schema.safeParse(data).error!.issues);

describe('describeIssues', () => {
  it('names a missing key with its full path and the expected type', () => {
    expect(problems({ register: 'formal', counts: {} })).toEqual([
      'x/de.json: missing key "title" (expected string)',
      'x/de.json: missing key "counts.bio" (expected number)',
    ]);
  });

  it('names unknown keys with their full path, at the top level and nested', () => {
    expect(
      problems({ title: 't', register: 'formal', counts: { bio: 1, typo: 2 }, extra: 1 }),
    ).toEqual(['x/de.json: unknown key(s) "counts.typo"', 'x/de.json: unknown key(s) "extra"']);
  });

  it('says what was expected for a wrong value: the type, the allowed values, the rule', () => {
    const lines = problems({ title: ' ', register: 'casual', counts: { bio: 'ten' } });
    expect(lines[0]).toMatch(/^x\/de\.json: invalid value for key "title" \(Too small/);
    expect(lines[1]).toMatch(
      /^x\/de\.json: invalid value for key "register" \(.*"formal"\|"informal"/,
    );
    expect(lines[2]).toMatch(
      /^x\/de\.json: invalid value for key "counts.bio" \(.*expected number/,
    );
  });

  it('checkWith returns the data, or throws the title and every problem', () => {
    const good = { title: 't', register: 'formal', counts: { bio: 1 } };
    expect(checkWith(schema, 'x/de.json', good, 'Bad file')).toEqual(good);
    expect(() => checkWith(schema, 'x/de.json', null, 'Bad file')).toThrow(
      /^Bad file:\nx\/de\.json: invalid value for the top level \(/,
    );
  });
});
