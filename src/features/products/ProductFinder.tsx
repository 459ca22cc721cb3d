// Product search on the simulator: a combobox (ARIA 1.2, list popup) over every HTS10 line imported from Canada or
// Mexico in 2024, by words or code prefix; each result shows both countries' trade and tariff under the current
// scenario, and choosing one opens its panel ("why this rate"), kept in the link as product=.
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n';
import { COUNTRY_NAMES } from '../../charts/programs';
import { Card } from '../../components/Card';
import { formatRate, formatUsd } from '../../lib/format';
import { codeRange, formatHts, searchProducts } from '../../model/productSearch';
import { COUNTRIES, type Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { DatasetError } from '../../data/queries';
import { ProductLineDetail, programSplit } from './ProductLine';
import { codeResults, codesResults, useProductCatalog, type ProductCatalog } from './useProducts';

/** Results listed at most; the count says how many more match. */
export const MAX_RESULTS = 40;
/** Lines a prefix panel lists at most (a chapter has thousands). */
const MAX_PANEL_LINES = 40;

function Results({
  dataset,
  catalog,
  hits,
  active,
  listId,
  onChoose,
}: {
  dataset: Dataset;
  catalog: ProductCatalog;
  hits: number[];
  active: number;
  listId: string;
  onChoose: (code: number) => void;
}) {
  const scenario = useAppStore((s) => s.scenario);
  const results = useMemo(() => codesResults(dataset, catalog, scenario, hits), [dataset, catalog, scenario, hits]);
  return (
    <ul role="listbox" id={listId} className="product-results" aria-label={t('products.results')}>
      {hits.map((code, k) => {
        const per = results.get(code) ?? { CA: null, MX: null };
        return (
          <li
            key={code}
            id={`${listId}-${k}`}
            role="option"
            aria-selected={k === active}
            className={k === active ? 'is-active' : undefined}
            // Keeps the focus in the box, so the list stays open until the click has chosen.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(code)}
          >
            <span className="product-code">{formatHts(catalog.index.codes[code] ?? '')}</span>{' '}
            <span className="product-desc">{catalog.index.desc[code]}</span>
            {COUNTRIES.map((c) => {
              const r = per[c];
              return (
                <span key={c} className="product-country">
                  {r
                    ? t('products.option.country', {
                        country: COUNTRY_NAMES[c],
                        imports: formatUsd(r.importsUsd),
                        rate: formatRate(r.rate),
                        programs: programSplit(r) || t('products.option.noDuty'),
                        usmca: formatRate(r.usmcaShare, 0),
                      })
                    : t('products.option.none', { country: COUNTRY_NAMES[c] })}
                </span>
              );
            })}
          </li>
        );
      })}
    </ul>
  );
}

/** The open product: every line under its code, for both countries, with the arithmetic. */
function ProductPanel({ dataset, catalog, code }: { dataset: Dataset; catalog: ProductCatalog; code: string }) {
  const scenario = useAppStore((s) => s.scenario);
  const showProduct = useAppStore((s) => s.showProduct);
  const [from, to] = codeRange(catalog.index, code);
  const n = to - from;
  const codes = Array.from({ length: Math.min(n, MAX_PANEL_LINES) }, (_, k) => from + k);
  return (
    <section className="product-panel" aria-labelledby="product-panel-title">
      <div className="card-head">
        <h3 id="product-panel-title">
          {n === 1
            ? t('products.panel.one', { code: formatHts(catalog.index.codes[from] ?? code) })
            : t('products.panel.many', { code: formatHts(code), n })}
        </h3>
        <button type="button" onClick={() => showProduct(null)}>
          {t('products.panel.close')}
        </button>
      </div>
      {n === 0 && <p>{t('products.panel.none', { code: formatHts(code) })}</p>}
      {n > MAX_PANEL_LINES && <p className="help">{t('products.panel.cut', { shown: MAX_PANEL_LINES, n })}</p>}
      {codes.map((k) => {
        const per = codeResults(dataset, catalog, scenario, k);
        return (
          <article key={k} className="product-entry">
            <h4>
              <span className="product-code">{formatHts(catalog.index.codes[k] ?? '')}</span> {catalog.index.desc[k]}
            </h4>
            <p className="help">{catalog.index.heading[k]}</p>
            {COUNTRIES.map((c) => {
              const r = per[c];
              return r ? (
                <ProductLineDetail key={c} r={r} />
              ) : (
                <p key={c}>{t('products.option.none', { country: COUNTRY_NAMES[c] })}</p>
              );
            })}
          </article>
        );
      })}
    </section>
  );
}

/** Memoised on the dataset: the scenario reaches only the open results and panel. */
export default memo(function ProductFinder({ dataset }: { dataset: Dataset }) {
  const product = useAppStore((s) => s.product);
  const showProduct = useAppStore((s) => s.showProduct);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(false);
  const { catalog, query: text } = useProductCatalog(dataset, wanted || product !== null);
  const result = useMemo(
    () => (catalog && query.trim() ? searchProducts(catalog.index, query, MAX_RESULTS) : null),
    [catalog, query],
  );
  const hits = result?.hits ?? [];
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const expanded = open && hits.length > 0;

  const choose = (code: number) => {
    if (!catalog) return;
    showProduct(catalog.index.codes[code] ?? null);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const pick = active >= 0 ? hits[active] : hits.length === 1 ? hits[0] : undefined;
      if (expanded && pick !== undefined) {
        e.preventDefault();
        choose(pick);
      }
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  let status = '';
  if (text.isPending && (wanted || product !== null)) status = t('products.loading');
  else if (result && result.kind !== 'empty')
    status =
      result.total === 0
        ? t('products.none', { q: query.trim().slice(0, 60) })
        : result.total > hits.length
          ? t('products.countCut', { n: result.total, shown: hits.length })
          : t('products.count', { n: result.total });

  return (
    <Card title={t('products.title')} id="products">
      <div className="product-search">
        <label className="field-label" htmlFor={`${listId}-input`}>
          {t('products.search')}
        </label>
        <input
          ref={input}
          id={`${listId}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${listId}-help`}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          value={query}
          maxLength={200}
          placeholder={t('products.placeholder')}
          onFocus={() => {
            setWanted(true);
            setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${listId}-help`} className="help">
          {t('products.help')}
        </p>
        <p role="status" aria-live="polite" className="help product-status">
          {status}
        </p>
        {text.isError && (
          <p role="alert">
            {t('products.loadError', {
              detail: text.error instanceof DatasetError ? text.error.text() : text.error.message,
            })}{' '}
            <button type="button" onClick={() => void text.refetch()}>
              {t('app.retry')}
            </button>
          </p>
        )}
        {expanded && catalog && (
          <Results dataset={dataset} catalog={catalog} hits={hits} active={active} listId={listId} onChoose={choose} />
        )}
      </div>
      {product !== null && catalog && <ProductPanel dataset={dataset} catalog={catalog} code={product} />}
    </Card>
  );
});
