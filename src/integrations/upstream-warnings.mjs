// Drops exactly one known upstream warning from the build output, so that a newcomer's
// `npm start` shows real warnings instead of dozens of copies of this one.
//
// Astro marks modules that inject into <head> with the directive "use astro:head-inject"; Rolldown
// warns for each that a module-level directive may not survive bundling. Harmless here (Astro reads
// the marker before bundling) and tracked upstream: withastro/astro#18087 (open on 2026-11-30).
// Remove this filter once that issue is fixed. Everything else goes to Vite's normal handler.

/** @param {{ code?: string; message?: string }} log */
function isHeadInjectDirectiveWarning(log) {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    typeof log.message === 'string' &&
    log.message.includes('"use astro:head-inject"')
  );
}

/** For Vite's `build.rolldownOptions.onLog`. */
export function onLog(level, log, handler) {
  if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
  handler(level, log);
}
