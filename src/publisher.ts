// The publisher's legal notice (Impressum), read at build time from one optional settings file:
// publisher.json at the project root (or the file PUBLISHER_FILE names). Without the file the site
// has no /<locale>/legal/ page and no footer link to it. With it, every field is checked; a wrong
// or missing field fails the build naming the file and the field. The fields are those a German
// legal notice asks for (§ 5 DDG, § 18 (2) MStV); see the README.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { checkWith } from './schemas/issues';

const text = z.string().trim().min(1);
const lines = z.array(text).min(1);

const publisherSchema = z.strictObject({
  /** Full name, with the legal form for an organisation ("Muster GmbH", "Example e. V."). */
  name: text,
  /** Postal address where the publisher is established, one line per entry (no P.O. box). */
  address: lines,
  /** For an organisation: who may represent it (managing director, board). */
  representedBy: z.array(text).min(1).optional(),
  email: z.email(),
  phone: text.optional(),
  /** Register and number, e.g. "Amtsgericht Hamburg, HRB 12345" or "Vereinsregister …". */
  register: text.optional(),
  /** VAT identification number, if one was issued. */
  vatId: text.optional(),
  /** Supervisory authority, where the activity needs a licence. */
  supervisoryAuthority: text.optional(),
  /** Person responsible for the content (name, and address if it differs from the publisher's). */
  responsible: z.strictObject({ name: text, address: lines.optional() }),
});

export type Publisher = z.infer<typeof publisherSchema>;

const publisherFile = process.env.PUBLISHER_FILE || 'publisher.json';

/** The publisher's settings, or undefined when the file does not exist. */
export function loadPublisher(file = publisherFile): Publisher | undefined {
  const path = resolve(file);
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return checkWith(publisherSchema, file, data, "The publisher's settings are invalid");
}

export const publisher = loadPublisher();
