// The manifest's schema, the paths inside a pack, and the incremental SHA-256 every file is hashed with.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Incremental } from '../../../shared/evidencePack/hash';
import { type PackManifest, parseManifest, serializeManifest } from '../../../shared/evidencePack/manifest';
import { asciiFileName, PathAllocator, pathProblem } from '../../../shared/evidencePack/paths';

const valid: PackManifest = {
  format: 'jointcheck-evidence-pack',
  formatVersion: 1,
  appVersion: '0.1.0',
  createdAt: '2026-11-20T09:00:00.000Z',
  assessmentId: '5f0c7a52-8d1e-4d2b-9a51-3b1f0e6c2a11' as PackManifest['assessmentId'],
  title: '물류센터 점검',
  packVersions: [{ packId: 'ai-introduction', version: 1 }],
  exportedBy: { name: '김민지', organisation: '노동조합', role: '근로자 측' },
  files: [
    { path: 'assessment.jointcheck.json', sha256: 'a'.repeat(64), size: 10, role: 'assessment' },
    { path: 'evidence/ev-1/photo.jpg', sha256: 'b'.repeat(64), size: 20, role: 'evidence', evidenceId: 'ev-1' },
  ],
};

const parse = (value: unknown) => parseManifest(new TextEncoder().encode(JSON.stringify(value)));
const withFiles = (files: unknown[]) => ({ ...valid, files: [valid.files[0], ...files] });

describe('manifest', () => {
  it('serialises as canonical UTF-8 JSON, keys sorted at every level, and reads back equal', () => {
    const bytes = serializeManifest(valid);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('{"appVersion":"0.1.0","assessmentId":')).toBe(true);
    expect(text).toContain('{"evidenceId":"ev-1","path":"evidence/ev-1/photo.jpg","role":"evidence","sha256":');
    expect(text).toContain('김민지');
    expect(parseManifest(bytes)).toEqual({ ok: true, manifest: valid });
  });

  it('tells another ZIP manifest and a newer format apart from a damaged one', () => {
    expect(parse({ format: 'something-else' })).toEqual({ ok: false, error: { code: 'not-a-pack' } });
    expect(parse({ ...valid, formatVersion: 2 })).toEqual({ ok: false, error: { code: 'newer-version', found: 2 } });
    expect(parseManifest(new TextEncoder().encode('{"format":'))).toMatchObject({ ok: false, error: { code: 'invalid', detail: 'not JSON text' } });
    expect(parseManifest(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('is strict: unknown fields, bad hashes, unsafe or duplicate paths and inconsistent roles are refused', () => {
    const invalid = (value: unknown): string => {
      const result = parse(value);
      return result.ok ? 'accepted' : result.error.code === 'invalid' ? result.error.detail : result.error.code;
    };
    expect(invalid({ ...valid, extra: 1 })).toMatch(/Unrecognized key/);
    expect(invalid(withFiles([{ path: 'evidence/x.jpg', sha256: 'A'.repeat(64), size: 1, role: 'evidence', evidenceId: 'x' }]))).toMatch(/^files\.1\.sha256/);
    expect(invalid(withFiles([{ path: '../x.jpg', sha256: 'b'.repeat(64), size: 1, role: 'audit' }]))).toMatch(/not a plain relative path/);
    expect(invalid(withFiles([{ path: 'ASSESSMENT.jointcheck.json', sha256: 'b'.repeat(64), size: 1, role: 'audit' }]))).toMatch(/listed twice/);
    expect(invalid(withFiles([{ path: 'manifest.sig', sha256: 'b'.repeat(64), size: 1, role: 'audit' }]))).toMatch(/cannot be listed in itself/);
    expect(invalid(withFiles([{ path: 'evidence/x.jpg', sha256: 'b'.repeat(64), size: 1, role: 'evidence' }]))).toMatch(/name their evidence row/);
    expect(invalid(withFiles([{ path: 'reports/r.pdf', sha256: 'b'.repeat(64), size: 1, role: 'assessment' }]))).toMatch(/only assessment\.jointcheck\.json/);
    expect(invalid({ ...valid, files: [valid.files[1]] })).toMatch(/assessment\.jointcheck\.json is not listed/);
    expect(invalid({ ...valid, createdAt: 'yesterday' })).toMatch(/^createdAt/);
  });
});

describe('paths', () => {
  it('accepts plain relative paths and says why others are refused', () => {
    expect(pathProblem('evidence/ev-1/photo.jpg')).toBeNull();
    expect(pathProblem('../x')).toMatch(/parent-folder/);
    expect(pathProblem('C:/x')).toMatch(/drive letter/);
    expect(pathProblem('a\\b')).toMatch(/backslash/);
    expect(pathProblem('/x')).toMatch(/absolute/);
  });

  it('derives ASCII names, keeping short extensions and falling back when nothing Latin is left', () => {
    expect(asciiFileName('Café crème.JPG', 'photo')).toBe('Cafe-creme.jpg');
    expect(asciiFileName('현장 사진.jpg', 'photo')).toBe('photo.jpg');
    expect(asciiFileName('사진 2.jpeg', 'photo')).toBe('2.jpeg');
    expect(asciiFileName('..\\..\\boot.ini', 'x')).toBe('boot.ini');
    expect(asciiFileName('report', 'x')).toBe('report');
    expect(asciiFileName('a.tar.gz', 'x')).toBe('a.tar.gz');
    expect(asciiFileName('x'.repeat(300), 'x').length).toBeLessThanOrEqual(60);
  });

  it('never hands out the same path twice, ignoring case', () => {
    const paths = new PathAllocator(['manifest.json']);
    expect([paths.take('evidence/a', 'p.jpg'), paths.take('evidence/A', 'P.JPG'), paths.take('evidence/a', 'p.jpg'), paths.take('evidence/a', 'README')]).toEqual([
      'evidence/a/p.jpg',
      'evidence/A/P-2.JPG',
      'evidence/a/p-3.jpg',
      'evidence/a/README',
    ]);
  });
});

describe('sha256Incremental', () => {
  it('equals a one-shot SHA-256 however the bytes are chunked', () => {
    const data = randomBytes(300_001);
    for (const chunk of [1, 63, 64, 65, 4096, 1_000_000]) {
      const hash = sha256Incremental();
      for (let at = 0; at < data.length; at += chunk) hash.update(data.subarray(at, at + chunk));
      expect(hash.digestHex(), `chunks of ${chunk}`).toBe(createHash('sha256').update(data).digest('hex'));
    }
    const empty = sha256Incremental();
    expect(empty.digestHex()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
