// Reads a pull response (see pull.ts) as it arrives: text in, complete pages out. Each line is
// checked for its shape (a record of a known kind, or a checkpoint); the bodies are the
// applier's to validate. Records after the last checkpoint belong to a page that was cut off.
import { recordKinds, type PullPage, type PulledRecord } from './pull';

export class PullStreamError extends Error {
  /** The pages completed by the same text before the line that could not be read. */
  pages: PullPage[] = [];

  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`pull stream line ${line}: ${detail}`);
    this.name = 'PullStreamError';
  }
}

const kinds: ReadonlySet<string> = new Set(recordKinds);

function parseLine(text: string, line: number): Omit<PullPage, 'changes'> | PulledRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PullStreamError(line, 'not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PullStreamError(line, 'not an object');
  }
  const fields = value as Record<string, unknown>;
  if ('cursor' in fields) {
    if (typeof fields.cursor !== 'string' || typeof fields.more !== 'boolean') {
      throw new PullStreamError(line, 'a checkpoint needs a string cursor and a boolean more');
    }
    return { cursor: fields.cursor, more: fields.more };
  }
  const { kind, id, body } = fields;
  if (typeof kind !== 'string' || !kinds.has(kind)) {
    throw new PullStreamError(line, `unknown record kind ${JSON.stringify(kind)}`);
  }
  if (typeof id !== 'string' || id === '') throw new PullStreamError(line, 'a record needs an id');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new PullStreamError(line, 'a record needs an object body');
  }
  return value as PulledRecord;
}

export interface PullStreamReader {
  /** The pages that `text`, the next part of the response, completes. */
  read(text: string): PullPage[];
  /** Whether the response stopped after a checkpoint, i.e. lost no records. */
  endedCleanly(): boolean;
}

export function pullStreamReader(): PullStreamReader {
  let rest = '';
  let line = 0;
  let changes: PulledRecord[] = [];
  const take = (text: string, pages: PullPage[]) => {
    line += 1;
    if (text === '') throw new PullStreamError(line, 'empty line');
    const parsed = parseLine(text, line);
    if ('kind' in parsed) {
      changes.push(parsed);
      return;
    }
    pages.push({ changes, ...parsed });
    changes = [];
  };
  return {
    read(text) {
      const pages: PullPage[] = [];
      let from = 0;
      const joined = rest + text;
      try {
        for (let end = joined.indexOf('\n'); end !== -1; end = joined.indexOf('\n', from)) {
          take(joined.slice(from, end), pages);
          from = end + 1;
        }
      } catch (error) {
        if (error instanceof PullStreamError) error.pages = pages;
        throw error;
      }
      rest = joined.slice(from);
      return pages;
    },
    endedCleanly: () => rest === '' && changes.length === 0,
  };
}

/** The pages of a whole response body; throws when it was cut off mid-page. */
export function pullPagesOf(body: string): PullPage[] {
  const reader = pullStreamReader();
  const pages = reader.read(body);
  if (!reader.endedCleanly()) throw new PullStreamError(0, 'the response ends mid-page');
  return pages;
}
