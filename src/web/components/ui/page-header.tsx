import { useEffect, type ReactNode } from 'react';

// The page's one h1; it also names the browser tab.
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = title ? `${title} – Kelias` : 'Kelias';
  }, [title]);
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {children ? <div className="page-header-actions">{children}</div> : null}
    </div>
  );
}
