// Fills {placeholders} in a UI text, for every tool. Values go in as they are; an unknown
// placeholder stays visible, so a writer's typo shows up instead of vanishing.
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in vars ? String(vars[key]) : whole,
  );
}

/** A calendar day as the locale writes it ("November 30, 2026", "30. November 2026"). */
export function formatDay(locale: string, day: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}
