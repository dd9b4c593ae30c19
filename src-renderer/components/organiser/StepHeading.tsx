import { useEffect, useRef } from 'react';
import { useOrganiserStore } from '../../store/organiser-store';

/**
 * A step's h2. When the organiser moves to the step (stepFocus > 0 once
 * they have), it takes focus, so keyboard and screen-reader users start
 * reading at the new content. On first opening, the page's h1 keeps it.
 */
export function StepHeading({ id, children }: { id: string; children: string }): React.JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  const stepFocus = useOrganiserStore((s) => s.stepFocus);
  useEffect(() => {
    if (stepFocus > 0) ref.current?.focus();
  }, [stepFocus]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className="organiser-step-heading">
      {children}
    </h2>
  );
}
