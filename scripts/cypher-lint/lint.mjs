// The Cypher gate: lints statements with Neo4j's own parser and semantic analysis (the npm package
// @neo4j-cypher/language-support, pinned in package.json) for Cypher 5 and Cypher 25, the two languages that
// Neo4j 5.x, 2025.x and Aura accept.
//
//   node lint.mjs STATEMENTS.jsonl > report.json
//
// Input: JSON Lines, one {"statement": "...", "parameters": {...}, "source": "..."} a line (parameters and
// source optional). Output (stdout): one JSON report, per distinct statement its errors and deprecations for
// each version, and the totals. Exit code: 0 clean, 1 when there is any error or deprecation, 2 when the input
// cannot be read or the analyser itself is not working.
import { readFileSync } from 'node:fs';
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';

// The language is chosen by dbSchema.defaultLanguage when the statement has no `CYPHER 5`/`CYPHER 25` prefix
// of its own (resolveCypherVersion in the package): the statement text is linted exactly as it is sent.
const VERSIONS = ['CYPHER 5', 'CYPHER 25'];
const SEVERITY_ERROR = 1;
const SEVERITY_WARNING = 2;
const TAG_DEPRECATED = 2;

// The package exports no ./package.json: the version is read from the installed copy beside this script.
const packageVersion = JSON.parse(readFileSync(
  new URL('./node_modules/@neo4j-cypher/language-support/package.json', import.meta.url), 'utf8')).version;

// A crash must not look like a failing statement (exit 1).
process.on('uncaughtException', (e) => {
  process.stderr.write(`cypher-lint crashed: ${e?.stack ?? e}\n`);
  process.exit(2);
});

function usage(message) {
  process.stderr.write(`${message}\nusage: node lint.mjs STATEMENTS.jsonl\n`);
  process.exit(2);
}

function readStatements(path) {
  const records = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let record;
    try {
      record = JSON.parse(line);
    } catch (e) {
      usage(`${path}:${index + 1}: not JSON (${e.message})`);
    }
    if (typeof record?.statement !== 'string') usage(`${path}:${index + 1}: no "statement" string`);
    records.push(record);
  });
  return records;
}

// Semantic-analysis notifications carry no code, only a message: every deprecation Neo4j reports says
// "deprecated" (functions, procedures, syntax); functions deprecated by a dbSchema are tagged as well.
function isDeprecation(diagnostic) {
  return diagnostic.severity === SEVERITY_WARNING
    && ((diagnostic.tags ?? []).includes(TAG_DEPRECATED) || /deprecat/i.test(diagnostic.message));
}

function kindOf(diagnostic) {
  if (diagnostic.severity === SEVERITY_ERROR) return 'error';
  return isDeprecation(diagnostic) ? 'deprecation' : 'warning';
}

function lint(statement, version) {
  const { diagnostics } = lintCypherQuery(statement, { defaultLanguage: version }, { consoleCommandsEnabled: false });
  return diagnostics
    // Parameters are bound by the program at run time: a reference to one is never a problem here.
    .filter(isNotParamError)
    .map((d) => ({
      version,
      kind: kindOf(d),
      severity: d.severity === SEVERITY_ERROR ? 'error' : 'warning',
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      offset: d.offsets.start,
      length: d.offsets.end - d.offsets.start,
      text: statement.slice(d.offsets.start, Math.max(d.offsets.end, d.offsets.start)),
    }));
}

// The package swallows exceptions of its semantic analysis and then reports nothing: a broken analyser would
// pass every statement. Planted statements with known diagnostics prove it works before anything is judged.
function checkAnalyser() {
  const canaries = [
    ['MATCH (a)-[r]->(b) WITH a, b.x + collect(r) AS c RETURN c', 'error', /implicit grouping/],
    ['MATCH (n) RETURN id(n) AS i', 'deprecation', /deprecated function/],
  ];
  for (const version of VERSIONS) {
    for (const [statement, kind, pattern] of canaries) {
      if (!lint(statement, version).some((d) => d.kind === kind && pattern.test(d.message))) {
        process.stderr.write(`the analyser is not working: no ${kind} for '${statement}' (${version})\n`);
        process.exit(2);
      }
    }
  }
  // The version really changes the language: FILTER exists in Cypher 25 only.
  const filter = 'MATCH (n) FILTER n.x > 1 RETURN n';
  if (lint(filter, 'CYPHER 25').length !== 0 || !lint(filter, 'CYPHER 5').some((d) => d.kind === 'error')) {
    process.stderr.write('the analyser is not working: CYPHER 5 and CYPHER 25 are not told apart\n');
    process.exit(2);
  }
}

const path = process.argv[2];
if (!path) usage('no input file');
const records = readStatements(path);
checkAnalyser();

// Distinct statements are linted once; the analysis does not depend on parameter values.
const byText = new Map();
for (const record of records) {
  let entry = byText.get(record.statement);
  if (!entry) {
    entry = { statement: record.statement, occurrences: 0, sources: [] };
    byText.set(record.statement, entry);
  }
  entry.occurrences += 1;
  const source = record.source ?? 'unnamed';
  if (!entry.sources.includes(source)) entry.sources.push(source);
}

const statements = [];
const totals = {
  statementsChecked: records.length,
  distinctStatements: byText.size,
  failingStatements: 0,
  errors: 0,
  deprecations: 0,
  otherWarnings: 0,
};
for (const entry of byText.values()) {
  const diagnostics = entry.statement.trim() === '' ? [] : VERSIONS.flatMap((v) => lint(entry.statement, v));
  const failing = diagnostics.filter((d) => d.kind !== 'warning');
  totals.errors += diagnostics.filter((d) => d.kind === 'error').length;
  totals.deprecations += diagnostics.filter((d) => d.kind === 'deprecation').length;
  totals.otherWarnings += diagnostics.filter((d) => d.kind === 'warning').length;
  if (failing.length > 0) totals.failingStatements += 1;
  statements.push({ ...entry, ok: failing.length === 0, diagnostics });
}

const report = {
  analyser: `@neo4j-cypher/language-support@${packageVersion}`,
  versions: VERSIONS,
  totals,
  statements,
};
process.stdout.write(JSON.stringify(report, null, 2) + '\n');
process.exit(totals.errors + totals.deprecations > 0 ? 1 : 0);
