// The whole decision table for the page without JavaScript: which comment gets which plan, per
// place, and what the remaining answers change. Derived from resolvePlan, so it cannot disagree
// with the wizard.
import { isRelevant, questions, type Answers } from './questions';
import { resolvePlan } from './plan';
import type { PlaceId, PlatformId } from './platforms';
import type { StepId } from './steps';

export interface TableRow {
  /** The answers that name the row (kind, abuse, validity). */
  answers: Answers;
  cells: { place: PlaceId; platform: PlatformId; steps: { id: StepId; optional: boolean }[] }[];
}

/**
 * One column per place, each shown on a typical platform for that place: a Facebook page (the
 * most tools), a Google review, a group someone else runs. The intro says that other platforms
 * allow fewer tools and that the wizard leaves out what the platform does not allow.
 */
const tableColumns: readonly { place: PlaceId; platform: PlatformId }[] = [
  { place: 'own', platform: 'facebook' },
  { place: 'review', platform: 'google' },
  { place: 'elsewhere', platform: 'group' },
];

export interface TableModifier {
  id: 'modUpset' | 'modSpreading' | 'modPrivate' | 'modNotFixable';
  added: StepId[];
  removed: StepId[];
}

/** The calm, contained, fixable case; the modifiers below say what the other answers change. */
const baseline: Answers = {
  sensitive: 'no',
  fixable: 'yes',
  private: 'no',
  staff: 'no',
  spreading: 'no',
  mood: 'calm',
};

/** One row per kind (per kind of abuse), and per answer on fairness wherever that is asked. */
function rowsFor(): Answers[] {
  const named: Answers[] = questions.kind.flatMap((kind) =>
    isRelevant('abuse', { kind }) ? questions.abuse.map((abuse) => ({ kind, abuse })) : [{ kind }],
  );
  return named.flatMap((a) =>
    isRelevant('validity', a) ? questions.validity.map((validity) => ({ ...a, validity })) : [a],
  );
}

export function decisionTable(): { rows: TableRow[]; modifiers: TableModifier[] } {
  const rows = rowsFor().map((answers) => ({
    answers,
    cells: tableColumns.map(({ place, platform }) => {
      const a: Answers = { ...answers, ...baseline, platform };
      if (isRelevant('place', a)) a.place = place;
      return {
        place,
        platform,
        steps: resolvePlan(a).map((s) => ({ id: s.id, optional: s.optional })),
      };
    }),
  }));
  const sample: Answers = {
    ...baseline,
    kind: 'complaint',
    platform: 'facebook',
    place: 'own',
    validity: 'justified',
  };
  const diff = (id: TableModifier['id'], changed: Answers): TableModifier => {
    const before = resolvePlan(sample).map((s) => s.id);
    const after = resolvePlan({ ...sample, ...changed }).map((s) => s.id);
    return {
      id,
      added: after.filter((s) => !before.includes(s)),
      removed: before.filter((s) => !after.includes(s)),
    };
  };
  const modifiers = [
    diff('modUpset', { mood: 'upset' }),
    diff('modSpreading', { spreading: 'yes' }),
    diff('modPrivate', { private: 'yes' }),
    diff('modNotFixable', { fixable: 'no' }),
  ];
  return { rows, modifiers };
}

/** A kind of comment (and for abuse, the kind of abuse) in the table, and the row it starts at. */
export interface TableGroup {
  kind: string;
  abuse?: string;
  /** `<kind>` or `<kind>-<abuse>`: the wizard's URL ids, so an anchor built on it stays stable. */
  key: string;
  /** The answers of the group's first row. */
  first: Answers;
}

/** The groups of the table's rows in table order: what its list of contents links to. */
export function tableGroups(rows: readonly Pick<TableRow, 'answers'>[]): TableGroup[] {
  const groups = new Map<string, TableGroup>();
  for (const { answers: a } of rows) {
    const key = [a.kind, a.abuse].filter(Boolean).join('-');
    if (!groups.has(key)) groups.set(key, { kind: a.kind!, abuse: a.abuse, key, first: a });
  }
  return [...groups.values()];
}
