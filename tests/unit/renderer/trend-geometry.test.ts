import { describe, expect, it } from 'vitest';
import { trendGeometry } from '../../../renderer/src/features/check-ins/trend-geometry';

// The plot runs from x 34 to 432 (398 wide) and from y 190 (score 0) up to y 10 (the maximum).
describe('a trend chart’s geometry', () => {
  it('spaces check-ins by the calendar and puts scores on the instrument’s scale', () => {
    const { points } = trendGeometry('PHQ-9', [
      { date: '2024-04-01', score: 27 },
      { date: '2024-04-06', score: 9 },
      { date: '2024-04-11', score: 0 },
    ]);
    expect(points).toEqual([
      { x: 34, y: 10 },
      { x: 233, y: 130 },
      { x: 432, y: 190 },
    ]);
  });

  it('puts a lone day in the middle', () => {
    const { points } = trendGeometry('GAD-7', [
      { date: '2024-04-01', score: 21 },
      { date: '2024-04-01', score: 0 },
    ]);
    expect(points.map((p) => p.x)).toEqual([233, 233]);
    expect(points.map((p) => p.y)).toEqual([10, 190]);
  });

  it('shades each band to the half point, stacked without gaps from 0 to the maximum', () => {
    const { bands, ticks } = trendGeometry('GAD-7', []);
    // Minimal 0–4 covers 0 to 4.5 of 21: from y 190 up to y 190 − 4.5 / 21 × 180.
    expect(bands[0]!.band).toBe('minimal');
    expect(bands[0]!.height).toBeCloseTo((4.5 / 21) * 180);
    expect(bands[0]!.y + bands[0]!.height).toBeCloseTo(190);
    for (let i = 1; i < bands.length; i++) {
      expect(bands[i]!.y + bands[i]!.height).toBeCloseTo(bands[i - 1]!.y);
    }
    expect(bands.at(-1)!.y).toBeCloseTo(10);
    expect(ticks.map((t) => t.score)).toEqual([0, 5, 10, 15, 21]);
  });
});
