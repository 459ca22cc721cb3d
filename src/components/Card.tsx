// A titled panel section.
import type { ReactNode } from 'react';

export function Card({
  title,
  id,
  children,
  actions,
  className,
}: {
  title: string;
  id?: string;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={headingId} id={id}>
      <div className="card-head">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
