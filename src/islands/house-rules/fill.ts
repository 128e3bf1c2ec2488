// Fills {placeholders} in a UI text. Values are inserted as they are; unknown placeholders stay
// visible so a writer's typo shows up instead of vanishing.
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? String(vars[key]) : whole));
}
