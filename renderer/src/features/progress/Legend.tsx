import type { Tone } from './tones';
import styles from './Chart.module.css';

interface Item {
  label: string;
  tone: Tone;
  shape: 'bar' | 'line';
  /** The id of the bar's texture, when its chart draws textures (see MonthChart). */
  texture?: string | undefined;
}

/** What each colour of a chart stands for, in words beside a swatch. */
export function Legend({ items }: { items: Item[] }) {
  if (items.length < 2 && items.every((item) => item.shape === 'bar')) return null;
  return (
    <ul className={`chart-legend ${styles.legend}`}>
      {items.map((item) => (
        <li key={item.label}>
          {item.texture ? (
            <svg aria-hidden="true" className={styles.swatch} viewBox="0 0 12 12">
              <rect width="12" height="12" fill={`url(#${item.texture})`} />
            </svg>
          ) : (
            <span
              aria-hidden="true"
              className={`${item.shape === 'line' ? styles.swatchLine : styles.swatch} ${styles[item.tone]}`}
            />
          )}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
