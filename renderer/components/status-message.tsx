/** A polite live region for confirmations such as "Saved"; empty when there is nothing to say. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p role="status" className="status-message">
      {message ?? ''}
    </p>
  );
}
