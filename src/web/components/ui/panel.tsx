import { useState, type ReactNode } from 'react';
import { Button } from './button.tsx';

/** A boxed section of a page with its own h2; the heading names the section. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const titleId = `${id}-title`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      {/* tabIndex -1: a link or a finished step may move focus to the section. */}
      <h2 id={titleId} tabIndex={-1}>{title}</h2>
      {children}
    </section>
  );
}

interface CreatePanelProps {
  id: string;
  /** Both the button's text and the panel's heading ("New centre"). */
  title: string;
  canCreate: boolean;
  /** The form; close() hides it again. */
  children: (close: () => void) => ReactNode;
}

/** A "New …" button above a list that opens the form to create one. */
export function CreatePanel({ id, title, canCreate, children }: CreatePanelProps) {
  const [open, setOpen] = useState(false);
  if (open) return <Panel id={id} title={title}>{children(() => setOpen(false))}</Panel>;
  return canCreate ? <p><Button onPress={() => setOpen(true)}>{title}</Button></p> : null;
}
