// "Cite this scenario": title, data version and date, the link that reproduces it, and the day it was read.
import { t } from '../../i18n';
import { formatDate } from '../../lib/format';

export function citation(p: { name: string; version: string; asOf: string; link: string; accessed?: Date }): string {
  return t('cite.text', {
    name: p.name,
    version: p.version,
    asOf: formatDate(p.asOf),
    link: p.link,
    accessed: formatDate((p.accessed ?? new Date()).toISOString().slice(0, 10)),
  });
}
