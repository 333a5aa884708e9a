import type { Backup } from './backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from './backup-format';
import { describeIssue } from './describe-issue';

export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}

/** Null when a file of this size may be read; otherwise the reason it is refused. */
export function checkBackupSize(bytes: number, maxBytes = MAX_BACKUP_BYTES): string | null {
  if (bytes <= maxBytes) return null;
  return `This file is ${sizeText(bytes)}; Readmark restores backups of up to ${sizeText(maxBytes)}.`;
}

/**
 * UTF-8 size of the text, or undefined once it is past `limit`: a huge text is not counted to
 * its end, so its size is not known.
 */
function utf8Length(text: string, limit: number): number | undefined {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: counting always (`false`) or also at exactly three bytes a character (`<`) gives the same total, the shortcut only skips the loop (the variants that skip counting are tested)
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  let i = 0;
  for (; i < text.length && bytes <= limit; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return i < text.length ? undefined : bytes;
}

// Keys that could reach an object's prototype if the parsed data were ever merged or spread.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  // Stryker disable next-line ConditionalExpression: a string, number or boolean has no format or version field, so taking one for a record still refuses it, or returns it unchanged from upgradeBackup (the other variants are tested)
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings an older backup up to the current version's shape, one version at a time. Version 1
 * files written before lists and settings existed get empty ones; version 2 added the Next up
 * order, which a version 1 file did not carry (none chosen); version 3, two kinds of list.
 */
export function upgradeBackup(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let backup: Record<string, unknown> = raw;
  if (backup.version === 1) {
    backup = {
      ...backup,
      version: 2,
      lists: backup.lists ?? [],
      settings: backup.settings ?? {},
      nextUpOrder: [],
    };
  }
  // Version 3 only added kinds of list (followed by address, the user's own): nothing to fill.
  if (backup.version === 2) backup = { ...backup, version: 3 };
  return backup;
}

function versionError(version: unknown): string | null {
  if (version === undefined)
    return 'This backup has no format version, so Readmark cannot read it.';
  // Stryker disable next-line ConditionalExpression: Number.isInteger is false for anything but a number, so without the typeof test (there for the type of `version < 1`) the same versions are refused (the other variants are tested)
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `This backup has an unknown format version (${JSON.stringify(version)}).`;
  }
  if (version > BACKUP_VERSION) {
    return `This backup was made by a newer version of Readmark (format version ${version}); update the app to restore it.`;
  }
  return null;
}

/** Reads a backup file's text. Never throws: every problem comes back as a sentence. */
export function parseBackup(text: string, options: { maxBytes?: number } = {}): ParseBackupResult {
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
  const bytes = utf8Length(text, maxBytes);
  if (bytes === undefined) {
    return {
      ok: false,
      error: `This file is too large: Readmark restores backups of up to ${sizeText(maxBytes)}.`,
    };
  }
  const sizeError = checkBackupSize(bytes, maxBytes);
  if (sizeError) return { ok: false, error: sizeError };
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => (forbiddenKeys.has(key) ? undefined : value));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This file is not valid JSON (${reason}).` };
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This is not a Readmark backup.' };
  }
  const badVersion = versionError(raw.version);
  if (badVersion) return { ok: false, error: badVersion };
  const upgraded = upgradeBackup(raw);
  const result = backupSchema.safeParse(upgraded);
  if (result.success) return { ok: true, backup: result.data };
  const [issue] = result.error.issues;
  // Stryker disable next-line StringLiteral: zod never fails a parse without an issue, so the fallback sentence (there for the type) is never shown
  const detail = issue ? describeIssue(issue, upgraded) : 'it does not match the backup format.';
  return { ok: false, error: `Backup rejected: ${detail}` };
}
