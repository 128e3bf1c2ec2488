// The two registers every tool writes in: formal (Sie, siz, Ön) and informal (du, sen, te). One list
// for the wizard and the house-rules generator, so both speak of the same choice.
export const registers = ['formal', 'informal'] as const;
export type Register = (typeof registers)[number];
