// Runs in the renderer. A labelled progress bar that screen readers announce as "n of m".
import type { ReactElement } from 'react';

export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }): ReactElement {
  const percent = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={`${value} / ${max}`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">
        {value} / {max}
      </span>
    </div>
  );
}
