export function RecoveryCodesList({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4">
      <h2 className="font-semibold">Your recovery codes</h2>
      <p className="text-sm">
        Each one signs you in once if you lose your phone. Keep them somewhere safe: they are shown only now.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-1 font-mono text-sm">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ul>
    </div>
  );
}
