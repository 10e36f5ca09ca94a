// A progress bar on stderr (documents done, rate, time left) for work that lasts: it appears
// only after DELAY_MS and only when stderr is a terminal, so pipes and logs stay clean.
import cliProgress from 'cli-progress';

const DELAY_MS = 2000;

export interface Progress {
  update(done: number, detail: { documents: number }): void;
  stop(): void;
}

export function startProgress(total: number, label: string, options: { enabled?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.enabled === false || !stream.isTTY) return { update() {}, stop() {} };
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, detail) {
      if (!bar && Date.now() - started < DELAY_MS) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: `${label} [{bar}] {value}/{total} | {documents} documents | {rate}/s | ETA {eta_formatted}`,
            etaBuffer: 50,
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { documents: 0, rate: '0.0' });
      }
      const rate = (detail.documents / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      bar.update(done, { documents: detail.documents, rate });
    },
    stop() {
      bar?.stop();
    },
  };
}
