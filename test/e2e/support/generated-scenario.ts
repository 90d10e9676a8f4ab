// Writes a generated traffic scenario (the core generator, as `skylane generate traffic` does) as YAML text.
import { dump } from 'js-yaml';
import { bundledWorld } from '../../../src/cli/load-scenario-file';
import { generateTraffic, type TrafficOptions } from '../../../src/core/scenario/generate-traffic';

export function generatedScenarioYaml(options: TrafficOptions): string {
  return dump(generateTraffic(bundledWorld(), options), { lineWidth: 200, flowLevel: 3 });
}
