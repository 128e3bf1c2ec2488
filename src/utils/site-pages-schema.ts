// Schemas of the site's own pages in content/: the privacy page (one MDX per locale) and the
// labels of the publisher's legal notice (one JSON per locale; the facts come from publisher.json).
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

export const privacyFrontmatter = z.strictObject({
  title: text,
  /** The footer link's text. */
  linkText: text,
  description: text,
});

export const legalLabelsSchema = z.strictObject({
  title: text,
  linkText: text,
  description: text,
  publisher: text,
  representedBy: text,
  contact: text,
  email: text,
  phone: text,
  register: text,
  vatId: text,
  supervisoryAuthority: text,
  responsible: text,
});
