// A thin progress bar (0..1) with an accessible label.
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label} title={label}>
      <div className="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
