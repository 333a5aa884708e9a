import { setListDensity, useListDensity } from '../../hooks/density-preference';
import { DENSITY_LABELS, LIST_DENSITIES } from '../../lib/list-density';

/** Cards or one line a paper; remembered on this device. */
export function DensityToggle() {
  const density = useListDensity();
  return (
    <div className="density-toggle" role="group" aria-label="View">
      {LIST_DENSITIES.map((option) => (
        <button
          key={option}
          type="button"
          className="density-toggle__option"
          aria-pressed={density === option}
          onClick={() => setListDensity(option)}
        >
          {DENSITY_LABELS[option]}
        </button>
      ))}
    </div>
  );
}
