import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The main heading of a screen. It takes focus when the screen appears, so keyboard and
 * screen-reader users land at the start of the new content after every change of screen.
 */
export function ScreenHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={['screen-heading', className].filter(Boolean).join(' ')}>
      {children}
    </h1>
  );
}
