import { useEffect, useRef } from 'react';
import { useStore } from '../store/app-store';

/**
 * The screen's h1. When the user moves to a screen, it takes focus so
 * keyboard and screen-reader users land at the start of the new content.
 * On first load focus stays at the top, so Tab reaches the skip link first.
 */
export function ScreenHeading({ children }: { children: string }): React.JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  const hasNavigated = useStore((s) => s.hasNavigated);
  useEffect(() => {
    if (hasNavigated) ref.current?.focus();
    // Only on mount: a screen's heading is focused once, when it opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
