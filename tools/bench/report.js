// Prints the figures of scripts/bench.sh from its results file (one line per system of key=value pairs)
// and the ratios against the targets (issue 3's speed, and peak RSS). Usage: node report.js RESULTS_FILE DURATION_SECONDS
'use strict';
const fs = require('fs');

const [file, duration] = process.argv.slice(2);
const systems = {};
for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const [name, , ...pairs] = line.split(' ');
  systems[name] = Object.fromEntries(pairs.map((p) => p.split('=')).map(([k, v]) => [k, Number(v)]));
  const s = systems[name];
  s.rps = s.requests / (s.duration_us / 1e6);
}

const ms = (us) => `${(us / 1000).toFixed(2)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const labels = { ours: 'ours (ConventionBot)', floor: 'floor (Kestrel, I/O only)', js: 'JS SDK (botbuilder 4.23.3)' };
const rows = [['system', 'req/s', 'p50', 'p99', 'RSS peak', 'RSS end', 'server CPU', 'CPU/request', 'replies / requests', 'reply size', 'errors']];
for (const [name, s] of Object.entries(systems)) {
  rows.push([labels[name] ?? name, s.rps.toFixed(0), ms(s.p50_us), ms(s.p99_us), mb(s.hwm_kb), mb(s.rss_kb), `${s.cpu_pct} %`, `${(s.cpu_us / s.requests).toFixed(0)} µs`,
    `${s.replies} / ${s.requests}`, `${s.reply_bytes} B`, `${s.non2xx} non-2xx, ${s.socket_errors} socket`]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
console.log(`(each server alone on one core for ${duration} s after a warm-up; "replies" counts the connector's POSTs)`);

const { ours, floor, js } = systems;
if (ours && floor && js) {
  const check = (label, value, ok, target) => console.log(`${label.padEnd(30)} ${value.toFixed(2).padStart(7)}   target ${target}   ${ok ? 'MET' : 'MISSED'}`);
  console.log();
  check('ours / floor throughput', ours.rps / floor.rps, ours.rps / floor.rps >= 0.5, '>= 0.50');
  check('ours / JS SDK throughput', ours.rps / js.rps, ours.rps / js.rps >= 5, '>= 5.00');
  check('ours / JS SDK p99', ours.p99_us / js.p99_us, ours.p99_us / js.p99_us <= 1 / 3, '<= 0.33');
  check('ours / JS SDK peak RSS', ours.hwm_kb / js.hwm_kb, ours.hwm_kb / js.hwm_kb <= 2 / 3, '<= 0.67');
  console.log(`(peak RSS: ours ${mb(ours.hwm_kb)}, floor ${mb(floor.hwm_kb)}, JS SDK ${mb(js.hwm_kb)})`);
}
