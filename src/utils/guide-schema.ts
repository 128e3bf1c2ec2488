// Frontmatter of guide and home pages. `covers` lists the recommendations of
// shared/PLAYBOOK-SOURCES.md (R1–R36) a page really carries; tests hold every locale to all of them.
// `checked` is the day the page's facts were last checked against its sources (YYYY-MM-DD): the
// page shows it, and the About page lists it for every page.
import { z } from 'astro/zod';
import { quickStartIds } from '../playbook/decision/quick-starts';

export const recommendationIds = Array.from({ length: 36 }, (_, i) => `R${i + 1}`);

export const guideFrontmatter = z.strictObject({
  title: z.string().min(1).max(70),
  description: z.string().min(20).max(200),
  order: z.number().int().positive(),
  covers: z.array(z.enum(recommendationIds as [string, ...string[]])),
  checked: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).pipe(z.coerce.date()),
});

export const homeFrontmatter = z.strictObject({
  title: z.string().min(1).max(70),
  description: z.string().min(20).max(200),
  /** Under the start button: a short lead-in and one link text per quick start into the wizard. */
  quickStarts: z.strictObject({
    label: z.string().trim().min(1).max(60),
    links: z.strictObject(
      Object.fromEntries(quickStartIds.map((id) => [id, z.string().trim().min(1).max(30)])) as {
        [K in (typeof quickStartIds)[number]]: z.ZodString;
      },
    ),
  }),
});

// The About page says how the guide was made and lists every page's `checked` date.
export const aboutFrontmatter = z.strictObject({
  title: z.string().min(1).max(70),
  /** The footer link's text. */
  linkText: z.string().trim().min(1),
  description: z.string().min(20).max(200),
});

type GuideFrontmatter = z.infer<typeof guideFrontmatter>;
