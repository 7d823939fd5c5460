import { useId, type ReactNode } from 'react';

// A table that scrolls sideways inside its own focusable region on narrow screens,
// so the page itself never does.
export function DataTable({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
