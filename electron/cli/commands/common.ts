// Runs in Node. What every command shares: argument parsing, reading inputs, and the shape of a result.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage, writeFileAtomic } from '../../main/atomicWrite';

export type CommandResult = { readonly exitCode: 0 | 1 | 2; readonly output?: string; readonly error?: string };

/** Wrong use of the command line: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export type ParsedArgs = { readonly values: Readonly<Record<string, string | boolean | undefined>>; readonly positionals: readonly string[] };

export function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>, positionals: number): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as ParsedArgs;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length !== positionals) throw new UsageError(`Expected ${positionals} file name(s), got ${parsed.positionals.length}.`);
  return parsed;
}

export function required(values: ParsedArgs['values'], name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/** Reads a file or returns a message naming it and what went wrong. */
export async function readInput(path: string): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: string }> {
  try {
    return { ok: true, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return { ok: false, error: readErrorMessage(path, error) };
  }
}

/** What went wrong opening or reading `path`, for the user. */
export function readErrorMessage(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? `${path}: no such file.` : code === 'EISDIR' ? `${path}: is a folder, not a file.` : `${path}: cannot be read (${code ?? String(error)}).`;
}

/** The first line of a password file, without its line ending: how scripts pass secrets without the shell history. */
export async function readPassword(path: string): Promise<{ ok: true; password: string } | { ok: false; error: string }> {
  const read = await readInput(path);
  if (!read.ok) return read;
  return { ok: true, password: new TextDecoder().decode(read.bytes).split(/\r?\n/, 1)[0] ?? '' };
}

/** Writes an output file whole or not at all, and says where it went. */
export async function writeOutput(path: string, bytes: Uint8Array): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await writeFileAtomic(resolve(path), bytes);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: `${path}: cannot be written (${errorMessage(error)}).` };
  }
}
