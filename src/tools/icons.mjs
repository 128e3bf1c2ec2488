// Draws the app icons in public/icons/ from one SVG (the favicon's speech bubble, larger margins
// for the maskable variant). Run `npm run icons` after changing the drawing; the PNGs are committed.
import sharp from 'sharp';
import { writeFileSync } from 'node:fs';

const bubble = 'M8 10h16v9H15l-5 4v-4H8z';
const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5f8b"/><path d="${bubble}" fill="#fff"/></svg>`;
// Maskable: the full square is painted; the bubble stays inside the central safe circle (80 %).
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1f5f8b"/><g transform="translate(16 16.5) scale(0.7) translate(-16 -16.5)"><path d="${bubble}" fill="#fff"/></g></svg>`;

// The reply check's app shortcut: the bubble with a tick in it.
const tick = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5f8b"/><path d="${bubble}" fill="#fff"/><path d="M12.5 14.5l2.2 2.2 4.6-4.6" fill="none" stroke="#1f5f8b" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

writeFileSync('public/icons/icon.svg', `${icon}\n`);
const png = (svg, size, file) =>
  sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toFile(`public/icons/${file}`);
await png(icon, 192, 'icon-192.png');
await png(icon, 512, 'icon-512.png');
await png(maskable, 512, 'maskable-512.png');
await png(maskable, 180, 'apple-touch-icon.png');
// The manifest's shortcuts (a long press on the installed app's icon) take 96 × 96.
await png(icon, 96, 'icon-96.png');
await png(tick, 96, 'check-96.png');
