import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll area. It is focusable and named, so
 * keyboard users can scroll it too (WCAG 2.1.1); at 200 % zoom most of the
 * chair's tables need it.
 */
export function TableWrap({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}): React.JSX.Element {
  return (
    <div className="chair-table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
