// Benchmark: loading and validating a generated 10,000-flight scenario (YAML and JSON), target < 2 s.
// Run: npx tsx test/bench/scenario-load.ts
import { dump } from 'js-yaml';
import { loadDefaultWorld } from '../../src/cli/world-files';
import { generateTraffic } from '../../src/core/scenario/generate-traffic';
import { loadScenario } from '../../src/core/scenario/load-scenario';

const world = loadDefaultWorld();
const flights = Number(process.argv[2] ?? 10_000);
const input = generateTraffic(world, { flights, seed: 7 });
const texts = { yaml: dump(input, { lineWidth: 200, flowLevel: 3 }), json: JSON.stringify(input) };

console.log(`scenario load + validate + compile, ${flights.toLocaleString('en')} flights`);
for (const [format, text] of Object.entries(texts)) {
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const result = loadScenario(text, `generated.${format}`, world);
    times.push(performance.now() - t0);
    if (!result.ok) throw new Error(`${format} did not load: ${result.errors[0].message}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${format.padEnd(5)} ${(text.length / 1e6).toFixed(2)} MB   median ${(times[1] / 1000).toFixed(2)} s (target < 2 s)`,
  );
}
