// Builds the scenario's aircraft classes: the built-in library plus the scenario's additions and overrides.
import type { AircraftClass } from '../aircraft/aircraft-class';
import { BUILTIN_CLASSES } from '../aircraft/builtin-classes';
import { didYouMeanHint } from '../document/did-you-mean';
import type { PathError } from './path-error';
import type { Scenario } from './schema';

const REQUIRED_FIELDS = Object.keys(BUILTIN_CLASSES[0]).filter((k) => k !== 'id') as (keyof AircraftClass)[];

/** Classes in a stable order (built-ins first, then additions), with errors for incomplete or unknown bases. */
export function resolveClasses(scenario: Scenario): { classes: AircraftClass[]; errors: PathError[] } {
  const classes = BUILTIN_CLASSES.map((c) => ({ ...c, grounding_signals: [...c.grounding_signals] }));
  const errors: PathError[] = [];
  scenario.aircraft_classes.forEach((entry, i) => {
    const existing = classes.findIndex((c) => c.id === entry.id);
    const baseId = entry.base ?? (existing >= 0 ? entry.id : undefined);
    const base = baseId === undefined ? undefined : classes.find((c) => c.id === baseId);
    if (baseId !== undefined && !base) {
      errors.push({
        path: ['aircraft_classes', i, 'base'],
        message: 'unknown base class',
        found: JSON.stringify(baseId),
        expected: 'a built-in class or one defined above',
        hint: didYouMeanHint(
          baseId,
          classes.map((c) => c.id),
        ),
      });
      return;
    }
    if (entry.base !== undefined && existing >= 0 && entry.base !== entry.id) {
      errors.push({
        path: ['aircraft_classes', i, 'id'],
        message: 'class id already defined',
        found: JSON.stringify(entry.id),
        expected: 'a new id',
      });
      return;
    }
    const { base: _base, ...fields } = entry;
    const merged = { ...(base ?? {}), ...stripUndefined(fields) } as AircraftClass;
    const missing = REQUIRED_FIELDS.filter((k) => merged[k] === undefined);
    if (missing.length) {
      errors.push({
        path: ['aircraft_classes', i],
        message: `new class lacks ${missing.join(', ')}`,
        expected: 'every field, or `base:` naming a class to copy',
      });
      return;
    }
    if (merged.max_speed_mps < merged.cruise_speed_mps) {
      errors.push({
        path: ['aircraft_classes', i, 'max_speed_mps'],
        message: 'maximum speed below cruise speed',
        found: String(merged.max_speed_mps),
        expected: `≥ ${merged.cruise_speed_mps}`,
      });
    }
    if (existing >= 0) classes[existing] = merged;
    else classes.push(merged);
  });
  return { classes, errors };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
