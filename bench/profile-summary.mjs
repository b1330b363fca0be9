// Summarises a V8 CPU profile (.cpuprofile, as `node --cpu-prof` or bench/profile-hook.mjs write
// them): self time by package (graphql-js by part: parse, validate, execute), by our own files, and
// the functions that cost most. Figures are milliseconds per request when --requests is given.
//
// Usage: node bench/profile-summary.mjs <file.cpuprofile> [--requests N] [--top 30]
import fs from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
if (!file) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> [--requests N] [--top 30]');
  process.exit(2);
}
const requests = option('requests', 1);
const top = option('top', 30);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));

// Self time of each node: the time deltas of the samples that landed on it.
const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const dt = profile.timeDeltas[i + 1] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
}

const GRAPHQL_PARTS = { language: 'parse', validation: 'validate', execution: 'execute', type: 'schema types', utilities: 'utilities', jsutils: 'jsutils', error: 'errors' };

/** Where a function lives: a package (graphql-js split by part), one of our files, Node's internals, or V8. */
function groupOf(callFrame) {
  const url = callFrame.url ?? '';
  if (!url) return callFrame.functionName.startsWith('(') ? callFrame.functionName : '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (pkg === 'graphql') return `graphql ${GRAPHQL_PARTS[rest[1]] ?? rest[1]}`;
    return pkg;
  }
  if (url.startsWith('node:')) return `node ${url.slice(5).replace(/^internal\//, '').split('/').slice(0, 2).join('/')}`;
  const ours = url.match(/\/(server|bench)\/(dist[\w-]*|src)\/(.*)$/);
  if (ours) return `ours ${ours[3].replace(/\.(js|ts)$/, '')}`;
  return url.replace(/^file:\/\//, '');
}

const byGroup = new Map();
const byFunction = new Map();
let total = 0;
let idle = 0;
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  if (!us) continue;
  if (node.callFrame.functionName === '(idle)') {
    idle += us;
    continue;
  }
  total += us;
  const group = groupOf(node.callFrame);
  byGroup.set(group, (byGroup.get(group) ?? 0) + us);
  const name = `${node.callFrame.functionName || '(anonymous)'}  [${group}:${node.callFrame.lineNumber + 1}]`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
}

// The stages of a request that the groups belong to (first match wins).
const STAGES = [
  ['garbage collection', (g) => g === '(garbage collector)'],
  ['promise hooks (AsyncLocalStorage)', (g) => g === 'node async_hooks'],
  ['GraphQL parse + validate', (g) => /^graphql (parse|validate)|^@escape\.tech/.test(g)],
  ['GraphQL execution (graphql-js, TypeGraphQL, DataLoader)', (g) => /^graphql |^type-graphql$|^dataloader$|^class-validator$|^ours app\/(middleware|access|auth-checker|federated-surface)/.test(g)],
  ['SQL building (MikroORM, knex)', (g) => /^@mikro-orm\/(knex|postgresql)$|^knex$|^lodash$/.test(g)],
  ['ORM entities and unit of work', (g) => g === '@mikro-orm/core' || g === 'ours app/base.entity'],
  ['database driver (pg, pool)', (g) => /^pg(-|$)|^tarn$|^postgres-/.test(g)],
  ['our resolvers and lean rows', (g) => g.startsWith('ours modules/') || /^ours app\/(lean-rows|batch|scope|list|reference-loader)/.test(g)],
  ['HTTP, express, Apollo pipeline, serialisation', (g) => /^node (_http|net|stream|internal\/stream|streams|buffer|events|timers|zlib|process|crypto|perf)|^@apollo|^@as-integrations|^express$|^router$|^body-parser$|^raw-body$|^negotiator$|^compression$|^helmet$|^on-headers$|^content-type$|^type-is$|^vary$|^etag$|^ours app\/(server|http-hardening|observability|logger|compression|router-gate|identity)|^prom-client$|^iconv-lite$|^debug$|^whatwg/.test(g)],
  ['native (socket writes, JSON, microtask queue)', (g) => g === '(native)'],
];

const ms = (us) => (us / 1000 / requests).toFixed(3).padStart(9);
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const unit = requests > 1 ? `ms/request over ${requests} requests` : 'ms';
console.log(`${file}: ${(total / 1000).toFixed(0)} ms busy, ${(idle / 1000).toFixed(0)} ms idle (${unit})`);
console.log(`\nself time by package or file (${unit}):`);
for (const [group, us] of [...byGroup].sort((a, b) => b[1] - a[1])) {
  if (us / total < 0.002) continue;
  console.log(`${ms(us)} ${pct(us)}  ${group}`);
}
const stages = new Map(STAGES.map(([name]) => [name, 0]));
let otherStage = 0;
const otherGroups = [];
for (const [group, us] of byGroup) {
  const stage = STAGES.find(([, test]) => test(group));
  if (stage) stages.set(stage[0], stages.get(stage[0]) + us);
  else {
    otherStage += us;
    otherGroups.push([group, us]);
  }
}
console.log(`\nby stage (${unit}):`);
for (const [name, us] of [...stages, ['other', otherStage]].sort((a, b) => b[1] - a[1])) console.log(`${ms(us)} ${pct(us)}  ${name}`);
const biggestOther = otherGroups.sort((a, b) => b[1] - a[1]).slice(0, 6);
if (biggestOther.length) console.log(`  (other: ${biggestOther.map(([g, us]) => `${g} ${ms(us).trim()}`).join(', ')})`);
console.log(`\ntop ${top} functions by self time (${unit}):`);
for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${name}`);
