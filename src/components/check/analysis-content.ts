// One locale's reply-check data (content/analysis/<locale>.json), read and validated at build
// time: the one place that loads it. A missing file or a wrong key fails the build naming both.
import { localeCodes, type Locale } from '../../i18n/locales';
import { parseAnalysis } from '../../playbook/analysis/schema';

const files = import.meta.glob<{ default: unknown }>('../../../content/analysis/*.json', {
  eager: true,
});

export function analysisContent(locale: Locale) {
  for (const code of localeCodes)
    if (!Object.keys(files).some((p) => p.endsWith(`/${code}.json`)))
      throw new Error(
        `content/analysis/${code}.json is missing: every locale needs the check's data`,
      );
  const path = Object.keys(files).find((p) => p.endsWith(`/${locale}.json`))!;
  return parseAnalysis(`content/analysis/${locale}.json`, files[path]!.default);
}
