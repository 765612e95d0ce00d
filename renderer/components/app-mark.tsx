/** The DPO Desk mark: a shield with a check, drawn inline (no icon package). Decorative. */
export function AppMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="app-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="app-mark-bg" />
      <path
        d="M16 6.5 8.5 9.5v6c0 4.6 3.1 8.6 7.5 10 4.4-1.4 7.5-5.4 7.5-10v-6L16 6.5Z"
        className="app-mark-shield"
      />
      <path d="m12.5 16 2.5 2.5 4.75-5" className="app-mark-check" />
    </svg>
  );
}
