// Frontmatter of guide and home pages. `covers` lists the recommendations of
// shared/PLAYBOOK-SOURCES.md (R1–R36) a page really carries; tests hold every locale to all of them.
import { z } from 'astro/zod';

export const recommendationIds = Array.from({ length: 36 }, (_, i) => `R${i + 1}`);

export const guideFrontmatter = z.strictObject({
  title: z.string().min(1).max(70),
  description: z.string().min(20).max(200),
  order: z.number().int().positive(),
  covers: z.array(z.enum(recommendationIds as [string, ...string[]])),
});

export const homeFrontmatter = z.strictObject({
  title: z.string().min(1).max(70),
  description: z.string().min(20).max(200),
});

type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
