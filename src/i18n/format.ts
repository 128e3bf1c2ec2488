// Fills {placeholders} in a UI text, for every tool. Values go in as they are; an unknown
// placeholder stays visible, so a writer's typo shows up instead of vanishing.
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in vars ? String(vars[key]) : whole,
  );
}
