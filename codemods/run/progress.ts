import type { WriteStream } from 'node:tty';

const WIDTH = 28;
/** Redrawing more often than this only costs time. */
const FRAME_MS = 80;

/** A one-line progress bar on a terminal's stderr; a no-op anywhere else. */
export function createProgressBar(stream: NodeJS.WriteStream): {
  update(progress: { done: number; total: number }): void;
  clear(): void;
} {
  const tty = stream.isTTY ? (stream as WriteStream) : undefined;
  let lastFrame = 0;
  let drawn = false;
  return {
    update({ done, total }) {
      if (!tty) return;
      const now = Date.now();
      if (done < total && now - lastFrame < FRAME_MS) return;
      lastFrame = now;
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      const line = `cors-codemod [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files`;
      tty.write(`\r${line.slice(0, Math.max(10, (tty.columns || 80) - 1))}`);
      drawn = true;
    },
    clear() {
      if (tty && drawn) tty.write('\r\u001B[2K');
      drawn = false;
    },
  };
}
