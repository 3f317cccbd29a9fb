// A profile of the risk engine alone, for `node --cpu-prof`: the bench's workload (2,400 rules,
// seed 14) in one mode, deciding shops from their facts as the bench does. Not part of the
// bench table; run it when a risk figure needs explaining:
//
//   npx tsx --conditions=source scripts/bench/risk-profile.ts [closures|codegen] [indicators]
//   node --cpu-prof --conditions=source --import tsx scripts/bench/risk-profile.ts closures 1300
import {
  compileRuleSet,
  syntheticRuleSet,
  syntheticShops,
  type CompileMode,
} from '@xinghui/sandbox';

const mode = (process.argv[2] ?? 'closures') as CompileMode;
const indicators = Number(process.argv[3] ?? 1_300);
const decisions = Number(process.argv[4] ?? 30_000);

const ruleSet = syntheticRuleSet(2_400, 14, { indicators, read: 1_300 });
const shops = syntheticShops(200, 15, indicators);
let compileMs = 0;
for (let k = 0; k < 5; k++) {
  const t = performance.now();
  compileRuleSet(ruleSet, { mode });
  compileMs = performance.now() - t;
}
const engine = compileRuleSet(ruleSet, { mode });
for (let i = 0; i < 4_000; i++) engine.decideApplication(shops[i % shops.length]!);
const started = performance.now();
for (let i = 0; i < decisions; i++) engine.decideApplication(shops[i % shops.length]!);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${mode} at ${indicators} indicators: ${Math.round(decisions / seconds)}/s, ` +
    `compile (5th) ${compileMs.toFixed(0)} ms`,
);
