import { z } from 'zod';
import { catalogMessages, fieldNames } from './messages';
import { standardPackSchema, type StandardPack } from './schema';

export interface PackIssue {
  /** Machine path into the pack, e.g. `standards.0.tracks.0.steps.2.target.unit`. */
  path: string;
  /** The same place named for a person, e.g. `standar REK-PBPU-PEMDA v1 › alur "utama" › langkah 3 "buatSurat" › target › unit`. */
  where: string;
  message: string;
}

export type PackResult =
  { ok: true; pack: StandardPack } | { ok: false; message: string; issues: PackIssue[] };

const indonesianErrors = z.locales.id().localeError;

/** Validates one standard pack (already parsed JSON or a JSON string). Never throws. */
export function parsePack(input: unknown, source: string): PackResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      const message = catalogMessages.notJson(source);
      return { ok: false, message, issues: [{ path: '', where: source, message }] };
    }
  }
  const parsed = standardPackSchema.safeParse(data, { error: indonesianErrors });
  if (parsed.success) return { ok: true, pack: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    where: describePath(data, issue.path),
    message: issue.message,
  }));
  const lines = issues.map((issue) => catalogMessages.fieldIssue(issue.where, issue.message));
  return {
    ok: false,
    message: [catalogMessages.packInvalid(source, issues.length), ...lines].join('\n'),
    issues,
  };
}

/** Names a path the way a person reads the pack: by service code, step id and 1-based position. */
export function describePath(data: unknown, path: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number' && key in fieldNames) {
      const item = isRecord(node) && Array.isArray(node[key]) ? node[key][next] : undefined;
      parts.push(`${fieldNames[key]} ${labelOf(item, next)}`);
      node = item;
      i++;
      continue;
    }
    const name = typeof key === 'string' ? (fieldNames[key] ?? key) : String(key);
    parts.push(typeof key === 'number' ? `#${key + 1}` : name);
    node = isRecord(node) ? node[String(key)] : undefined;
  }
  return parts.length > 0 ? parts.join(' › ') : '(paket)';
}

function labelOf(item: unknown, index: number): string {
  if (!isRecord(item)) return `ke-${index + 1}`;
  if (typeof item.serviceCode === 'string') {
    return typeof item.version === 'number'
      ? `${item.serviceCode} v${item.version}`
      : item.serviceCode;
  }
  return typeof item.id === 'string' ? `ke-${index + 1} "${item.id}"` : `ke-${index + 1}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
