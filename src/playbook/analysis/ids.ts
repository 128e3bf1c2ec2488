// The reply check's warnings: ids are a public contract (`data-warning="<id>"`), in the order the
// page lists them (the costliest mistakes first). Each points to the guide page that explains it;
// guide slugs are the same in every locale.
export const warningIds = [
  'health',
  'personal-data',
  'records',
  'admission',
  'incentive',
  'accusation',
  'impossible-claim',
  'staff-name',
  'asks-data-public',
  'no-date',
  'shouting',
  'too-long',
] as const;
export type WarningId = (typeof warningIds)[number];

export const warningGuide: Record<WarningId, string> = {
  health: 'law',
  'personal-data': 'taking-it-private',
  records: 'law',
  admission: 'justified-criticism',
  incentive: 'law',
  accusation: 'trolls-and-abuse',
  'impossible-claim': 'moderation',
  'staff-name': 'speed-and-escalation',
  'asks-data-public': 'taking-it-private',
  'no-date': 'justified-criticism',
  shouting: 'principles',
  'too-long': 'principles',
};
