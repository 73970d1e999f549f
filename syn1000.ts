import { prepareSynthetic, buildSynthetic } from './scripts/bench/synthetic.ts';
import { rmSync } from 'node:fs';
const dir = prepareSynthetic();
const r = await buildSynthetic(dir, Number(process.argv[2] ?? 1000), 30, 600_000);
console.log(JSON.stringify(r));
rmSync(dir, { recursive: true, force: true });
