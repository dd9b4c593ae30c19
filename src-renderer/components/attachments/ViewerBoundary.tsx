import { Component } from 'react';
import type { ReactNode } from 'react';

/**
 * Catches a rendering error inside the viewer (a PDF that trips pdf.js in
 * an unexpected way) and shows `fallback` instead, so one file can never
 * take the reading view down with it.
 */
export class ViewerBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
