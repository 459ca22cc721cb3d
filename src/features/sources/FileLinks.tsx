// Text that names one of the project's data files, with each name a link to the file itself (served under data/).
import { Fragment } from 'react';
import { DATA_FILES, servedPath } from './sourceList';

/** File names a text may use ("SOURCES.md", "retaliation.csv", "data/SOURCES.md") and the address of each. */
const ADDRESSES = new Map(
  DATA_FILES.flatMap((f) => {
    const name = f.path.split('/').at(-1)!;
    const href = `${import.meta.env.BASE_URL}data/${servedPath(f.path)}`;
    return [
      [`data/${f.path}`, href],
      [name, href],
    ] as const;
  }),
);
const NAMES = new RegExp(
  `(${[...ADDRESSES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`,
);

export function WithFileLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(NAMES).map((part, i) => {
        const href = i % 2 === 1 ? ADDRESSES.get(part) : undefined;
        return href ? (
          <a key={i} href={href} download>
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        );
      })}
    </>
  );
}
