// Reads guide frontmatter straight from content/, so unit tests check the real pages without a build.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface GuideFile {
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

export function readGuide(root = 'content/guide'): GuideFile[] {
  if (!existsSync(root)) return [];
  const out: GuideFile[] = [];
  for (const locale of readdirSync(root)) {
    for (const name of readdirSync(join(root, locale)).filter((n) => n.endsWith('.mdx'))) {
      const file = join(root, locale, name);
      const text = readFileSync(file, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      out.push({
        id: `${locale}/${name.replace(/\.mdx$/, '')}`,
        file,
        data: m ? parse(m[1]!) : {},
        body: m ? m[2]! : text,
      });
    }
  }
  return out;
}
