/**
 * Readmark backup, format version 3: one JSON file (UTF-8, 2-space indented) holding everything
 * the user made, so restoring it on another browser loses nothing.
 *
 *   {
 *     "format": "readmark-backup",       // always this string
 *     "version": 3,                      // bumped on any incompatible change
 *     "exportedAt": "2026-11-26T09:30:00.000Z",
 *     "app": "readmark 0.1.0",           // the app that wrote it, for diagnosis only
 *     "papers": [PaperState, …],         // sorted by id so two backups diff well
 *     "lists": [ImportedList, …],        // lists the user added, each with its whole catalogue
 *     "nextUpOrder": ["paper id", …],    // Next up in the order the user chose (version 2)
 *     "settings": { "theme"?: "light" | "dark", "currentList"?: "list id" }  // see backup-settings.ts
 *   }
 *
 * PaperState: { id, title, url, status ("unread" | "to-read" | "reading" | "read"), note, tags
 * (unique case-insensitively, at most 64 characters each), createdAt, updatedAt, and optional
 * statusChangedAt, startedAt, finishedAt, noteUpdatedAt, tagsUpdatedAt }; times are epoch
 * milliseconds. ImportedList: { id, title, addedAt, source ("markdown" | "json" | "address" |
 * "mine", the last two since version 3), fileName?, address?, checkedAt?, catalogue } where
 * catalogue follows the catalogue schema: schemaVersion 2, whose papers may
 * carry `authors` (names as the list writes them, the last one exactly "et al." when the list
 * abbreviates), or schemaVersion 1, the same without authors. Backups written by this app hold
 * version 2; a version 1 catalogue is accepted and upgraded when the restored list is read.
 *
 * Reading accepts older versions and upgrades them (see `upgradeBackup`); a newer version is
 * refused with a message asking the user to update the app.
 */
import { z } from 'zod';
import { catalogueSchema } from '../catalogue/schema';
import type { PaperState } from '../paper-state';
import { READING_STATUSES } from '../reading-status';
import { byId } from './write-batches';

export const BACKUP_FORMAT = 'readmark-backup';
export const BACKUP_VERSION = 3;
export const MAX_TAG_LENGTH = 64;

const time = z.number().nonnegative();

const tagsSchema = z
  .array(
    z.string().refine((tag) => tag.trim() !== '' && Array.from(tag).length <= MAX_TAG_LENGTH, {
      message: `must be a tag of 1 to ${MAX_TAG_LENGTH} characters`,
    }),
  )
  .superRefine((tags, context) => {
    const seen = new Set<string>();
    tags.forEach((tag, index) => {
      const key = tag.toLowerCase();
      if (seen.has(key))
        context.addIssue({
          // Stryker disable next-line StringLiteral: describeIssue words a custom issue by its message, as it does an issue of unknown code, so this code never shows
          code: 'custom',
          path: [index],
          message: 'repeats a tag',
        });
      seen.add(key);
    });
  });

// Annotated so the schema cannot drift from the type the rest of the app uses.
export const paperStateSchema: z.ZodType<PaperState> = z.strictObject({
  id: z.string().min(1),
  title: z.string(),
  url: z.string(),
  status: z.enum(READING_STATUSES),
  statusChangedAt: time.optional(),
  startedAt: time.optional(),
  finishedAt: time.optional(),
  note: z.string(),
  noteUpdatedAt: time.optional(),
  tags: tagsSchema,
  tagsUpdatedAt: time.optional(),
  createdAt: time,
  updatedAt: time,
});

export const importedListSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  addedAt: time,
  // 'address': followed by its GitHub address and kept current; 'mine': the user's own papers.
  source: z.enum(['markdown', 'json', 'address', 'mine']),
  fileName: z.string().optional(),
  // For a list followed by its address: the address the user gave, and the last check.
  address: z.string().optional(),
  checkedAt: time.optional(),
  catalogue: catalogueSchema,
});

export type ImportedList = z.infer<typeof importedListSchema>;

export type SettingValue = string | number | boolean;

function uniqueIds(records: { id: string }[], path: string, context: z.RefinementCtx) {
  const first = new Map<string, number>();
  records.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else
      context.addIssue({
        // Stryker disable next-line StringLiteral: describeIssue words a custom issue by its message, as it does an issue of unknown code, so this code never shows
        code: 'custom',
        path: [path, index, 'id'],
        message: `repeats ${path}[${earlier}]`,
      });
  });
}

export const backupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    app: z.string(),
    papers: z.array(paperStateSchema),
    lists: z.array(importedListSchema),
    nextUpOrder: z.array(z.string().min(1)),
    settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  })
  .superRefine((backup, context) => {
    uniqueIds(backup.papers, 'papers', context);
    uniqueIds(backup.lists, 'lists', context);
  });

export type Backup = z.infer<typeof backupSchema>;

export type BackupContents = {
  papers: PaperState[];
  lists: ImportedList[];
  nextUpOrder: string[];
  settings: Record<string, SettingValue>;
  exportedAt: Date;
  app: string;
};

export function createBackup({
  papers,
  lists,
  nextUpOrder,
  settings,
  exportedAt,
  app,
}: BackupContents): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    app,
    papers: [...papers].sort(byId),
    lists: [...lists],
    nextUpOrder: [...nextUpOrder],
    settings: { ...settings },
  };
}

/** Pretty JSON with papers sorted by id, so backups diff well under version control. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify({ ...backup, papers: [...backup.papers].sort(byId) }, null, 2)}\n`;
}
