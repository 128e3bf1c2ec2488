// The one way a schema problem becomes a message, for every file the build checks (UI strings,
// the tools' content, the publisher's settings): one line per problem, naming the file, the key
// path and what was expected, so a writer can fix the file without reading code.
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

const quoted = (keys: readonly PropertyKey[]) => keys.map((k) => `"${String(k)}"`).join(', ');

function describeIssue(file: string, issue: Issue): string {
  const key = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = issue.keys.map((k) => (key ? `${key}.${k}` : k));
    return `${file}: unknown key(s) ${quoted(where)}`;
  }
  // Zod leaves the input out of its issues; its message says when there was none.
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return `${file}: missing key "${key}" (expected ${issue.expected})`;
  const at = key ? `key "${key}"` : 'the top level';
  return `${file}: invalid value for ${at} (${issue.message})`;
}

/** One line per problem: `file: missing key "a.b" (expected string)`, `file: unknown key(s) "a.x"`. */
export function describeIssues(file: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) => describeIssue(file, issue));
}

/** Checks data read from `file`; throws `title` and every problem found, one per line. */
export function checkWith<T>(schema: z.ZodType<T>, file: string, data: unknown, title: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`${title}:\n${describeIssues(file, result.error.issues).join('\n')}`);
}
