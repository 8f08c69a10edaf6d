// `jointcheck verify <pack.zip>` as inspectorates and unions run it: real processes, real files, exit codes, and
// unzip and openssl as referees on the committed sample pack.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { craftZip, flip, repack, unpack } from '../shared/evidencePack/support';

const root = resolve(import.meta.dirname, '../..');
const sample = resolve(root, 'test/fixtures/packs/sample.jointcheck-pack.zip');
const work = mkdtempSync(join(tmpdir(), 'jointcheck-pack-cli-'));
const at = (name: string, bytes?: Uint8Array): string => {
  const path = join(work, name);
  if (bytes) writeFileSync(path, bytes);
  return path;
};

function run(command: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const jointcheck = (...args: string[]) => run(process.execPath, resolve(root, 'electron/cli/jointcheck.mjs'), ...args);

/** The sample pack with its files changed by `change`, zipped again. */
function changedSample(name: string, change: (files: Record<string, Uint8Array>) => void): string {
  const files = unpack(readFileSync(sample));
  change(files);
  return at(name, repack(files));
}

const photo = 'evidence/ev-landscape/zone-b-display.jpg';

describe('jointcheck verify <pack.zip>', () => {
  it('exits 0 for the sample pack, listing every file as valid and naming the signer', () => {
    const result = jointcheck('verify', sample);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Signature: VALID, by Test Signer (Employer side, Acme Plant)');
    expect(result.stdout).toMatch(/valid {7}reports\/Report-[\d-]+-signed\.pdf {2}\(report signatures: Test Signer valid\)/);
    for (const path of ['assessment.jointcheck.json', photo, 'originals/ev-portrait/IMG_2041.jpg', 'evidence/ev-note/document.txt']) expect(result.stdout).toContain(`  valid       ${path}`);
    expect(result.stdout).toContain('Result: OK.');
  });

  it('prints the same as JSON, without certificate bytes', () => {
    const result = jointcheck('verify', sample, '--json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ kind: 'evidence-pack', ok: true, signature: { status: 'valid', signer: { commonName: 'Test Signer', selfSigned: true } }, assessment: { title: 'Warehouse picking system, first visit', evidence: 3 } });
    expect(json.files.map((f: { verdict: string }) => f.verdict)).toEqual(Array(6).fill('valid'));
    expect(json.signature.signer.der).toBeUndefined();
    expect(json.reports[0].result.signatures[0].certificate.der).toBeUndefined();
  });

  it('recognises a pack by its first bytes whatever its name', () => {
    copyFileSync(sample, at('pack.bin'));
    expect(jointcheck('verify', at('pack.bin')).stdout).toContain('Result: OK.');
  });

  it('exits 1 for an altered, a missing and an unexpected file, naming each', () => {
    const altered = jointcheck('verify', changedSample('altered.zip', (files) => flip(files[photo]!, 4000)));
    expect(altered.status).toBe(1);
    expect(altered.stdout).toContain(`ALTERED     ${photo}  (its SHA-256 differs from the manifest`);
    expect(altered.stdout).toContain('Result: NOT OK (1 altered).');

    const moved = jointcheck(
      'verify',
      changedSample('moved.zip', (files) => {
        files['evidence/ev-landscape/renamed.jpg'] = files[photo]!;
        delete files[photo];
      }),
    );
    expect(moved.status).toBe(1);
    expect(moved.stdout).toContain(`MISSING     ${photo}`);
    expect(moved.stdout).toContain('UNEXPECTED  evidence/ev-landscape/renamed.jpg');
  });

  it('exits 1 for an unsigned pack and for a manifest edited after signing', () => {
    const unsigned = jointcheck('verify', changedSample('unsigned.zip', (files) => delete files['manifest.sig']));
    expect(unsigned.status).toBe(1);
    expect(unsigned.stdout).toContain('Signature: NONE.');
    expect(unsigned.stdout).toContain('Result: NOT OK (not signed).');

    const edited = jointcheck(
      'verify',
      changedSample('edited.zip', (files) => {
        files['manifest.json'] = new TextEncoder().encode(new TextDecoder().decode(files['manifest.json']).replace('Warehouse picking', 'Warehouse packing'));
      }),
    );
    expect(edited.status).toBe(1);
    expect(edited.stdout).toContain('Signature: NOT VALID');
    expect(edited.stdout).toContain('"Warehouse packing system, first visit"');
  });

  it('exits 2 with the reason for what it refuses, extracting nothing', () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['not-a-zip.zip', new TextEncoder().encode('just text'), /not a ZIP file/],
      ['cut.zip', readFileSync(sample).subarray(0, 500_000), /incomplete \(cut short/],
      ['traversal.zip', craftZip([{ name: '../../.bashrc', data: new TextEncoder().encode('rm -rf ~') }]), /outside its folder.*"\.\.\/\.\.\/\.bashrc": parent-folder/],
      ['twins.zip', craftZip([{ name: 'a.jpg', data: new Uint8Array(1) }, { name: 'A.JPG', data: new Uint8Array(1) }]), /same name/],
      ['foreign.zip', repack({ 'notes.txt': new TextEncoder().encode('hi') }), /not a JointCheck evidence pack/],
    ];
    for (const [name, bytes, message] of cases) {
      const result = jointcheck('verify', at(name, bytes));
      expect(result.status, name).toBe(2);
      expect(result.stderr, name).toMatch(/refused, nothing was extracted/);
      expect(result.stderr, name).toMatch(message);
    }
    const json = JSON.parse(jointcheck('verify', at('cut.zip'), '--json').stdout);
    expect(json).toMatchObject({ ok: false, refusal: { code: 'truncated' } });
    expect(jointcheck('verify', at('absent.zip'))).toMatchObject({ status: 2, stderr: expect.stringContaining('absent.zip: no such file.') });
  });
});

describe('the sample pack with standard tools', () => {
  it('unzip tests it clean', () => {
    const result = run('unzip', '-t', sample);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toContain('No errors detected');
  });

  it('openssl verifies manifest.sig over manifest.json, also trusting the signer certificate it carries', () => {
    const files = unpack(readFileSync(sample));
    const manifest = at('manifest.json', files['manifest.json']);
    const signature = at('manifest.sig', files['manifest.sig']);
    expect(run('openssl', 'pkcs7', '-inform', 'DER', '-in', signature, '-print_certs', '-out', at('signer.pem')).status).toBe(0);
    for (const trust of [['-noverify'], ['-CAfile', at('signer.pem')]]) {
      const result = run('openssl', 'cms', '-verify', '-binary', '-inform', 'DER', '-in', signature, '-content', manifest, ...trust, '-out', '/dev/null');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain('Verification successful');
    }
  });

  it('pdfsig validates the signed report inside it', () => {
    const files = unpack(readFileSync(sample));
    const report = Object.keys(files).find((name) => name.startsWith('reports/'))!;
    expect(run('pdfsig', at('report.pdf', files[report])).stdout).toContain('Signature is Valid.');
  });
});
