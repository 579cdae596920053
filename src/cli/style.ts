/**
 * Terminal styling decided once per output stream: colour only for a terminal, never in a pipe or a file,
 * and the conventions people set in their environment win (FORCE_COLOR over NO_COLOR, as in Node itself).
 */

export interface Style {
  readonly colour: boolean;
  /** The urgency line: bold, and red for the two emergency levels. */
  urgent(text: string, emergency: boolean): string;
  bold(text: string): string;
  dim(text: string): string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Whether to write colour escapes to `stream` (https://no-color.org, https://force-color.org). */
export function colourEnabled(stream: { isTTY?: boolean }, env: Env = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const wrap = (on: boolean, open: string, text: string) => (on ? `\x1b[${open}m${text}\x1b[0m` : text);

export function styleFor(stream: { isTTY?: boolean }, env: Env = process.env): Style {
  const colour = colourEnabled(stream, env);
  return {
    colour,
    urgent: (text, emergency) => wrap(colour, emergency ? '1;97;41' : '1;7', text),
    bold: (text) => wrap(colour, '1', text),
    dim: (text) => wrap(colour, '2', text),
  };
}

/** No styling at all (tests, JSON). */
export const plainStyle: Style = styleFor({ isTTY: false }, { NO_COLOR: '1' });

/** Columns below this are treated as unknown: a terminal reporting 0 must not print a character a line. */
const narrowest = 20;
export const fallbackColumns = 80;

/** The width to lay text out in: the terminal's own when it reports a usable one, else 80. */
export function usableColumns(stream: { columns?: number }): number {
  const columns = stream.columns;
  return typeof columns === 'number' && columns >= narrowest ? columns : fallbackColumns;
}

/**
 * Give a terminal that reports no usable width (`columns` 0 or undefined, as under some serial consoles and
 * `script` sessions) the fallback width, now and after every resize, so that prompt libraries which wrap to
 * `columns` lay out lines normally.
 */
export function ensureUsableWidth(stream: NodeJS.WritableStream & { columns?: number }): void {
  const fix = () => {
    if (usableColumns(stream) !== stream.columns)
      Object.defineProperty(stream, 'columns', {
        value: fallbackColumns,
        configurable: true,
        writable: true,
      });
  };
  fix();
  stream.on('resize', fix);
}
