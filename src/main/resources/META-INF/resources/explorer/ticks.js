// Ticks for a time axis from decades down to days: the step is the smallest of a fixed ladder that leaves room.
import { DAY_MS } from './dates.js';

const STEPS = [
  { years: 50 }, { years: 20 }, { years: 10 }, { years: 5 }, { years: 2 }, { years: 1 },
  { months: 6 }, { months: 3 }, { months: 1 }, { days: 7 }, { days: 1 },
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function approxMs(step) {
  if (step.years) return step.years * 365.25 * DAY_MS;
  if (step.months) return step.months * 30.4 * DAY_MS;
  return step.days * DAY_MS;
}

export function axisTicks(start, end, most = 12) {
  const len = end - start;
  const step = [...STEPS].reverse().find(st => len / approxMs(st) <= most) ?? STEPS[0];
  const ticks = [];
  const d = new Date(start);
  if (step.years) {
    let y = Math.ceil(d.getUTCFullYear() / step.years) * step.years;
    for (let t = Date.UTC(y, 0, 1); t < end; y += step.years, t = Date.UTC(y, 0, 1)) if (t >= start) ticks.push({ at: t, label: String(y) });
  } else if (step.months) {
    let y = d.getUTCFullYear();
    let m = Math.ceil(d.getUTCMonth() / step.months) * step.months;
    for (let t = Date.UTC(y, m, 1); t < end; m += step.months, t = Date.UTC(y, m, 1)) {
      const at = new Date(t);
      if (t >= start) ticks.push({ at: t, label: at.getUTCMonth() === 0 ? String(at.getUTCFullYear()) : `${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}` });
    }
  } else {
    let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    for (; t < end; t += step.days * DAY_MS) if (t >= start) { const at = new Date(t); ticks.push({ at: t, label: `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}` }); }
  }
  return ticks;
}
