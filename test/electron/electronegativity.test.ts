// Test-time only (Node). Runs the electronegativity scan over electron/ and fails on HIGH findings and on
// MEDIUM findings without a written justification in .electronegativity/justified.json.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from './fakes';

const projectDir = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

type Finding = { issue: string; severity: string; confidence: string; filename: string; location: string; sample: string };
type Justified = { findings: { issue: string; filename: string; justification: string }[] };

const Header = 'issue, severity, confidence, filename, location, sample, description, url';
const Severities = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** One CSV line: unquoted or "quoted" fields ("" escapes a quote). Null when the line is not 8 well-formed fields. */
function parseLine(line: string): string[] | null {
  const fields: string[] = [];
  const field = /(?:"((?:[^"]|"")*)"|([^,"]*))(,|$)/y;
  let at = 0;
  while (at <= line.length) {
    field.lastIndex = at;
    const match = field.exec(line);
    if (match === null) return null;
    fields.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ''));
    if (match[3] === '') break;
    at = field.lastIndex;
  }
  return fields.length === 8 ? fields : null;
}

/**
 * Parses the report, or returns null when it is damaged. electronegativity 1.10.3 writes the header and
 * the rows with two concurrent fs.writeFile calls (src/util/file.js), which now and then overwrites
 * the start of the first row or truncates the rows away.
 */
function parseReport(csv: string): Finding[] | null {
  const lines = csv.split(/\r?\n/).filter((line) => line !== '');
  if (lines[0] !== Header) return null;
  const findings: Finding[] = [];
  for (const line of lines.slice(1)) {
    const fields = parseLine(line);
    if (fields === null || !/^[A-Z0-9_]+_CHECK$/.test(fields[0] ?? '') || !Severities.includes(fields[1] ?? '')) return null;
    const [issue = '', severity = '', confidence = '', filename = '', location = '', sample = ''] = fields;
    findings.push({ issue, severity, confidence, filename, location, sample });
  }
  return findings;
}

async function scan(output: string): Promise<string> {
  await run('npx', ['electronegativity', '-i', 'electron', '-e', '45.4.1', '-r', '-v', 'false', '-o', output], {
    cwd: projectDir,
    timeout: 60_000,
  });
  return readFile(output, 'utf8');
}

describe('electronegativity scan of electron/', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  let findings: Finding[] = [];
  let reportRead = false;
  let justified: Justified;

  beforeAll(async () => {
    folder = await tempFolder();
    justified = JSON.parse(await readFile(join(projectDir, '.electronegativity', 'justified.json'), 'utf8')) as Justified;
    // A damaged or empty report is retried: an empty one may be the writer race losing every row.
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const csv = await scan(join(folder.path, `report-${attempt}.csv`));
      const parsed = parseReport(csv);
      if (parsed !== null) {
        findings = parsed;
        reportRead = true;
      }
      if (parsed !== null && (parsed.length > 0 || justified.findings.length === 0)) return;
    }
  }, 120_000);
  afterAll(() => folder.remove());

  const isJustified = (finding: Finding): boolean => justified.findings.some((entry) => entry.issue === finding.issue && entry.filename === finding.filename);
  const describeFinding = (f: Finding): string => `${f.severity} ${f.issue} at ${f.filename}:${f.location} (${f.sample})`;

  it('parses the report it reads', () => {
    expect(parseLine('A_CHECK,"HIGH","FIRM","main/x.ts","1:2","a, ""b""","d",https://x')).toEqual(['A_CHECK', 'HIGH', 'FIRM', 'main/x.ts', '1:2', 'a, "b"', 'd', 'https://x']);
    expect(parseReport(`${Header}\nted in the target application",https://x\n`)).toBeNull();
    expect(parseReport(`${Header}\nA_CHECK,"MEDIUM","FIRM","N/A","0:0",N/A,"d",https://x\n`)).toHaveLength(1);
  });

  it('got a well-formed report from the scanner', () => {
    expect(reportRead).toBe(true);
  });

  it('has no HIGH findings', () => {
    expect(findings.filter((f) => f.severity === 'HIGH').map(describeFinding)).toEqual([]);
  });

  it('has no MEDIUM finding without a justification', () => {
    expect(findings.filter((f) => f.severity === 'MEDIUM' && !isJustified(f)).map(describeFinding)).toEqual([]);
  });

  it('keeps the justification list minimal, specific and current', () => {
    for (const entry of justified.findings) {
      expect(entry.justification.length, `${entry.issue} needs a written reason`).toBeGreaterThan(80);
      const matches = findings.filter((f) => f.issue === entry.issue && f.filename === entry.filename);
      expect(matches.length, `${entry.issue} in ${entry.filename} is justified but no longer reported: remove it`).toBeGreaterThan(0);
      expect(matches.every((f) => f.severity === 'MEDIUM'), `${entry.issue}: only MEDIUM findings may be justified`).toBe(true);
    }
  });
});
