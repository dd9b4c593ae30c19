import { useState } from 'react';
import type { DragEvent, ReactNode } from 'react';

/**
 * The organiser's import area: its button (the keyboard way, in children)
 * plus dropping one file from the file manager. Shows when a drag is over
 * it; `onFile` gets the first dropped file.
 */
export function FileDropZone({
  onFile,
  label,
  children,
}: {
  onFile: (file: File) => void;
  label?: string;
  children: ReactNode;
}): React.JSX.Element {
  const [over, setOver] = useState(false);
  function onDrop(e: DragEvent<HTMLDivElement>): void {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file !== undefined) onFile(file);
  }
  return (
    <div
      className={`organiser-import-drop${over ? ' drop-over' : ''}`}
      {...(label === undefined ? {} : { 'aria-label': label, role: 'group' })}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {children}
    </div>
  );
}
