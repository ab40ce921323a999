#!/usr/bin/env node
// Lints every .cypher file under a folder with Neo4j's own Cypher front-end
// (@neo4j-cypher/language-support, the parser and semantic analysis behind Neo4j's editors).
//
//   node .ci/cypher-lint/lint.mjs [--strict-vocabulary] <cypher-folder>
//
// Each file is split into statements (on ';' outside strings, comments and backticked names)
// and each statement is linted on its own against a schema made of:
//   - labels, relationship types and property keys: <folder>/vocabulary.json when it exists,
//     otherwise what <folder>/schema.cypher declares in its constraints and indexes;
//   - Neo4j's built-in functions and procedures (no APOC / GDS), so a misspelled function or
//     procedure, or a wrong procedure signature, is an error;
//   - every $parameter the statement uses, declared so that none is reported as undefined.
// Prints `path:line:col: severity message` per diagnostic and a summary line. Exit code 1 when
// there is any error (warnings do not fail, unless --strict-vocabulary makes labels, relationship
// types and property keys missing from the vocabulary errors), or when there is no .cypher file.
import fs from 'node:fs';
import path from 'node:path';
import { lintCypherQuery, parseParameters, testData } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
// Neo4j 5.26 runs Cypher 5; a statement may still choose another version with a `CYPHER 25` prefix.
const DEFAULT_LANGUAGE = 'CYPHER 5';

function usage(message) {
  if (message) console.error(`cypher lint: ${message}`);
  console.error('usage: node .ci/cypher-lint/lint.mjs [--strict-vocabulary] <cypher-folder>');
  process.exit(2);
}

const args = process.argv.slice(2);
const strictVocabulary = args.includes('--strict-vocabulary');
const positional = args.filter((a) => a !== '--strict-vocabulary');
if (positional.some((a) => a.startsWith('-'))) usage(`unknown option ${positional.find((a) => a.startsWith('-'))}`);
if (positional.length !== 1) usage();
const folder = path.resolve(positional[0]);
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
  console.error(`cypher lint: ${positional[0]} is not a folder`);
  process.exit(1);
}

const shown = (p) => {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
};

// ---------------------------------------------------------------------------------------------
// Statements: split on ';' outside string literals, backticked names and comments. A chunk that
// holds only whitespace and comments (a file's closing comment, say) is not a statement.

function splitStatements(text) {
  const chunks = [];
  let start = 0;
  let hasCode = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      hasCode = true;
      i++;
      while (i < n && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      hasCode = true; // a doubled `` inside a name closes and reopens: same result
      i++;
      while (i < n && text[i] !== '`') i++;
      i++;
    } else if (c === ';') {
      chunks.push({ text: text.slice(start, i), start, hasCode });
      start = i + 1;
      hasCode = false;
      i++;
    } else {
      if (!/\s/.test(c)) hasCode = true;
      i++;
    }
  }
  chunks.push({ text: text.slice(start), start, hasCode });
  return chunks.filter((c) => c.hasCode);
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function positionAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: labels, relationship types, property keys.

function readVocabularyJson(file) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${shown(file)}: not valid JSON (${e.message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${shown(file)}: expected a JSON object`);
  const vocabulary = {};
  for (const key of ['labels', 'relationshipTypes', 'propertyKeys']) {
    const list = data[key];
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.length > 0)) {
      throw new Error(`${shown(file)}: "${key}" must be a list of names`);
    }
    vocabulary[key] = [...new Set(list)];
  }
  // Keys of the maps statements receive as parameters (seed rows: row.actorId) read like property
  // keys to the linter; listed apart so the graph's own property keys stay exact.
  const rowKeys = data.parameterMapKeys ?? [];
  if (!Array.isArray(rowKeys) || !rowKeys.every((x) => typeof x === 'string' && x.length > 0)) {
    throw new Error(`${shown(file)}: "parameterMapKeys" must be a list of names`);
  }
  vocabulary.propertyKeys = [...new Set([...vocabulary.propertyKeys, ...rowKeys])];
  return vocabulary;
}

// Strips comments and string literals (backticked names stay: they are names).
function codeOnly(text) {
  return text.replace(/`(?:[^`]|``)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) =>
    m.startsWith('`') ? m : m.startsWith('/') ? ' ' : "''",
  );
}

const NAME = '(?:[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)+`)';
const unquote = (name) => (name.startsWith('`') ? name.slice(1, -1).replace(/``/g, '`') : name);

// What schema.cypher declares: `FOR (n:Label)`, `FOR ()-[r:TYPE]-()` (any direction), and the
// properties `n.prop` / `r.prop` of the variables those patterns bind.
function readSchemaCypher(file) {
  const code = codeOnly(fs.readFileSync(file, 'utf8'));
  const labels = new Set();
  const relationshipTypes = new Set();
  const propertyKeys = new Set();
  const variables = new Set();
  for (const m of code.matchAll(new RegExp(`\\bFOR\\s*\\(\\s*(${NAME})\\s*:\\s*(${NAME})\\s*\\)`, 'gi'))) {
    variables.add(m[1]);
    labels.add(unquote(m[2]));
  }
  const rel = `\\bFOR\\s*\\(\\s*\\)\\s*<?-\\s*\\[\\s*(${NAME})\\s*:\\s*(${NAME})\\s*\\]\\s*->?\\s*\\(\\s*\\)`;
  for (const m of code.matchAll(new RegExp(rel, 'gi'))) {
    variables.add(m[1]);
    relationshipTypes.add(unquote(m[2]));
  }
  for (const m of code.matchAll(new RegExp(`(?<![A-Za-z0-9_\`.])(${NAME})\\s*\\.\\s*(${NAME})`, 'g'))) {
    if (variables.has(m[1])) propertyKeys.add(unquote(m[2]));
  }
  return { labels: [...labels], relationshipTypes: [...relationshipTypes], propertyKeys: [...propertyKeys] };
}

function loadVocabulary() {
  const json = path.join(folder, 'vocabulary.json');
  if (fs.existsSync(json)) return { source: json, ...readVocabularyJson(json) };
  const schema = path.join(folder, 'schema.cypher');
  if (fs.existsSync(schema)) return { source: schema, ...readSchemaCypher(schema) };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Functions and procedures: Neo4j's built-in ones, per Cypher version. The registry is the one the
// package ships for its own tests (a SHOW FUNCTIONS / SHOW PROCEDURES dump of a Neo4j server with
// APOC and GDS); plugins are left out, so apoc.* / gds.* calls are reported as unknown.

function builtInRegistries() {
  const { functions = {}, procedures = {} } = testData.mockSchema;
  const pick = (registry, keep) =>
    Object.fromEntries(
      Object.entries(registry).map(([version, entries]) => [
        version,
        Object.fromEntries(Object.entries(entries).filter(([, entry]) => keep(entry))),
      ]),
    );
  const builtInProcedure = (p) => /^(db|dbms|tx|cdc)\./.test(p.name);
  return { functions: pick(functions, (f) => f.isBuiltIn === true), procedures: pick(procedures, builtInProcedure) };
}

// ---------------------------------------------------------------------------------------------
// Parameters: a plausible value per name. The linter only checks that a used parameter is
// declared (any value but undefined); the values document what the statements expect.

function sampleValue(name) {
  const n = name.toLowerCase();
  if (/^(offset|skip|first|last|limit|count|size|depth|top|page|max|min)$|count$|size$|limit$/.test(n)) return 0;
  if (/(rows|batch|items|list|ids|keys|values)$/.test(n)) return [];
  if (/(props|properties|map|options|params|fields)$/.test(n)) return {};
  if (/^(is|has)[a-z]|enabled$|flag$/.test(n)) return false;
  if (/(date|asof|since|until|day)$|^(from|to)$/.test(n)) return '2006-07-01';
  return '';
}

function parametersOf(statement) {
  try {
    return Object.fromEntries(parseParameters(statement, false).map((name) => [name, sampleValue(name)]));
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------------------------------------

function cypherFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...cypherFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.cypher')) out.push(full);
  }
  return out;
}

let vocabulary;
try {
  vocabulary = loadVocabulary();
} catch (e) {
  console.error(`cypher lint: ${e.message}`);
  process.exit(1);
}
const registries = builtInRegistries();
const baseSchema = { defaultLanguage: DEFAULT_LANGUAGE, functions: registries.functions, procedures: registries.procedures };
if (vocabulary) {
  baseSchema.labels = vocabulary.labels;
  baseSchema.relationshipTypes = vocabulary.relationshipTypes;
  baseSchema.propertyKeys = vocabulary.propertyKeys;
  console.log(
    `cypher lint: vocabulary from ${shown(vocabulary.source)}: ${vocabulary.labels.length} labels, ` +
      `${vocabulary.relationshipTypes.length} relationship types, ${vocabulary.propertyKeys.length} property keys`,
  );
} else {
  console.log(`cypher lint: no vocabulary.json or schema.cypher in ${shown(folder)}; labels, types and properties are not checked`);
}

const isVocabularyWarning = (message) => message.endsWith(" is not present in the database. Make sure you didn't misspell it or that it is available when you run this statement in your application") &&
  !/^(Function|Procedure) /.test(message);

const files = cypherFiles(folder);
let statements = 0;
let errors = 0;
let warnings = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  const starts = lineStarts(text);
  for (const chunk of splitStatements(text)) {
    statements++;
    const origin = positionAt(starts, chunk.start);
    let diagnostics;
    try {
      const dbSchema = { ...baseSchema, parameters: parametersOf(chunk.text) };
      diagnostics = lintCypherQuery(chunk.text, dbSchema, { consoleCommandsEnabled: false }).diagnostics;
    } catch (e) {
      diagnostics = [{ severity: 1, range: { start: { line: 0, character: 0 } }, message: `the linter failed on this statement: ${e.message}` }];
    }
    const seen = new Set();
    for (const d of diagnostics) {
      const { line, character } = d.range.start;
      const fileLine = origin.line + line;
      const fileCol = line === 0 ? origin.character + character : character;
      let severity = d.severity ?? 1;
      if (strictVocabulary && severity === 2 && isVocabularyWarning(d.message)) severity = 1;
      const message = d.message.replace(/\s*\n\s*/g, ' ').trim();
      const out = `${shown(file)}:${fileLine + 1}:${fileCol + 1}: ${SEVERITY[severity] ?? 'error'} ${message}`;
      if (seen.has(out)) continue;
      seen.add(out);
      if (severity === 1) errors++;
      else warnings++;
      console.log(out);
    }
  }
}

if (files.length === 0) console.log(`cypher lint: no .cypher files under ${shown(folder)}`);
console.log(`cypher lint: ${files.length} files, ${statements} statements, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 || files.length === 0 ? 1 : 0);
