// Audits a running GraphQL endpoint against the GraphQL-over-HTTP specification with graphql-http's
// own server audits. Prints one line per audit (status, name, and the reason when it is not ok),
// then a summary; exits 1 if any MUST fails.
//
//   node audit.mjs http://localhost:5080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of the GraphQL endpoint>');
  process.exit(2);
}

const results = await auditServer({ url });
const level = (result) => result.name.split(' ', 1)[0]; // MUST, SHOULD or MAY
const counts = { mustOk: 0, mustFailed: 0, shouldOk: 0, shouldNotOk: 0 };

for (const result of results) {
  const ok = result.status === 'ok';
  let line = `${result.status.padEnd(6)} ${result.name}`;
  if (!ok) {
    const status = result.response ? ` (HTTP ${result.response.status})` : '';
    line += ` -- ${String(result.reason).replace(/\s+/g, ' ')}${status}`;
  }
  console.log(line);
  if (level(result) === 'MUST') ok ? counts.mustOk++ : counts.mustFailed++;
  else if (level(result) === 'SHOULD') ok ? counts.shouldOk++ : counts.shouldNotOk++;
}

console.log(
  `graphql-http audit: ${counts.mustOk} MUST ok, ${counts.mustFailed} MUST failed, ` +
    `${counts.shouldOk} SHOULD ok, ${counts.shouldNotOk} SHOULD not ok`,
);
process.exit(counts.mustFailed > 0 ? 1 : 0);
