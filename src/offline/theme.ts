// The browser chrome's colours for the installed app: the header's background in light and dark
// (the --bg values of src/styles/global.css).
export const themeColors = { light: '#ffffff', dark: '#15171b' } as const;
