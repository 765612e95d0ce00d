import type { ReactNode } from 'react';

/** What a section will hold once there is something in it, said plainly. */
export function EmptyState({ icon, title, children }: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <div className="empty-state-icon">{icon}</div>
      <h2 id="empty-state-title" className="empty-state-title">
        {title}
      </h2>
      <p className="empty-state-text">{children}</p>
    </section>
  );
}
