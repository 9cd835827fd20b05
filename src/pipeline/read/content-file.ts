/**
 * Only regular files inside `content/` are content. Before a file is opened, what it is is looked at
 * without following it anywhere: a folder named like a content file, a named pipe (FIFO), a device or
 * a socket is never opened (opening a FIFO blocks until something writes to it, so a build would wait
 * for ever), a symbolic link is resolved and refused when it loops, leads nowhere or leads outside
 * `content/`, and a file that cannot be opened says why. Each is one sentence, said of the file at 1:1.
 *
 * A symbolic link whose target is a regular file inside `content/` is followed: it publishes nothing
 * the content does not already hold, and the loader's fingerprint follows it too.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** A content file's bytes, or the one sentence that says why it is not read. */
export type ContentFileRead = { bytes: Buffer; problem?: undefined } | { bytes?: undefined; problem: string };

/** Whether `path` is `dir` or inside it. */
function isWithin(dir: string, path: string): boolean {
  const below = relative(dir, path);
  return below !== '..' && !below.startsWith(`..${sep}`) && !isAbsolute(below);
}

/** The code of a file-system error (`ENOENT`, `ELOOP`…), if it has one. */
function codeOf(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** What a thing that is not a regular file is, said to an author, and what to do; undefined for a file. */
export function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory())
    return 'this is a folder, not a file: only files are read; rename the folder, or move what it holds';
  if (stats.isFIFO())
    return 'this is a named pipe (FIFO), not a file: it is not opened, since reading it would wait for ever; replace it with a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice())
    return 'this is a device, not a file: it is not opened; replace it with a regular file';
  if (stats.isSocket())
    return 'this is a socket, not a file: it is not opened; replace it with a regular file';
  return 'this is not a regular file: it is not opened; replace it with a regular file';
}

/**
 * Why the file at `file` (relative to `root`, which holds `content/`) is not a regular file inside
 * `content/`, or undefined when it is one. Never opens it.
 */
export function contentFileProblem(root: string, file: string): string | undefined {
  const path = join(root, file);
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return readFailure(error);
  }
  if (stats.isSymbolicLink()) {
    let target: string;
    let content: string;
    try {
      target = realpathSync(path);
      content = realpathSync(join(root, 'content'));
      stats = lstatSync(target);
    } catch (error) {
      if (codeOf(error) === 'ENOENT')
        return 'this is a symbolic link to nothing: replace it with the file it should be, or remove it';
      return readFailure(error);
    }
    if (!isWithin(content, target))
      return `this is a symbolic link to ${target}, outside content/: only files inside content/ are published; copy the file into content/ instead`;
  }
  return notAFile(stats);
}

/** One sentence for an error looking at, opening or reading a file. */
export function readFailure(error: unknown): string {
  const code = codeOf(error);
  if (code === 'EACCES' || code === 'EPERM')
    return 'this file cannot be opened (permission denied): let the build read it (chmod a+r), or remove it';
  if (code === 'ELOOP')
    return 'this is a symbolic link that loops (it leads back to itself): replace it with the file it should be';
  const reason = error instanceof Error ? error.message : String(error);
  return `this file cannot be read: ${reason.split('\n')[0] ?? reason}`;
}

/**
 * Reads a content file's bytes when it is a regular file inside `content/`. The file is opened without
 * blocking and checked again once open, so a file swapped for a FIFO between the look and the open is
 * still never waited on.
 */
export function readContentFile(root: string, file: string): ContentFileRead {
  const problem = contentFileProblem(root, file);
  if (problem) return { problem };
  let fd: number | undefined;
  try {
    fd = openSync(join(root, file), constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = notAFile(fstatSync(fd));
    if (opened) return { problem: opened };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { problem: readFailure(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
