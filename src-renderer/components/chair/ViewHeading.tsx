import { useEffect, useRef } from 'react';
import { useChairStore } from '../../store/chair-store';

/**
 * A chair view's h2. When the chair switches views it takes focus, so
 * keyboard and screen-reader users land at the start of the new view.
 */
export function ViewHeading({ children }: { children: string }): React.JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (useChairStore.getState().viewChanged) ref.current?.focus();
  }, []);
  return (
    <h2 ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
