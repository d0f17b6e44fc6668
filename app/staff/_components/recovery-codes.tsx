/** Ten one-time recovery codes, shown once (after an invite is accepted, or new ones from the account page). */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <ul className="grid grid-cols-2 gap-2 font-mono text-sm" aria-label="Recovery codes" data-testid="recovery-codes">
      {codes.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ul>
  );
}
