import os from 'node:os';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import type { StoreWrite } from '../astro/memory-store';
import type { RenderServer } from '../astro/render-server';

type Question = { kind: 'reload'; storeFile: string } | { kind: 'apply'; writes: readonly StoreWrite[] } | { kind: 'render'; address: string } | { kind: 'close' };

export type WorkerQuestion = Question & { id: number };

export type WorkerAnswer = { id: number; body?: Uint8Array; error?: string };

/**
 * How many render threads beside the rebuild process's own server: RENDER_WORKERS, or one per
 * core but one (the process itself renders too, and reads the CMS), three at most (each holds a
 * copy of the content; at 10,000 articles the process peaked at 1,773 MB with one, 1,692 MB without).
 */
export const renderWorkerCount = (): number => {
  const asked = process.env.RENDER_WORKERS;
  if (asked !== undefined && asked !== '') return Math.max(0, Math.floor(Number(asked)) || 0);
  return Math.max(0, Math.min(os.availableParallelism() - 1, 3));
};

type Thread = { ask: (question: Question) => Promise<WorkerAnswer>; busy: number; worker: Worker };

// The worker is TypeScript, as the engine is: it loads through tsx unless the process already does.
const execArgv = process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];

const startThread = (rendererDir: string): Promise<Thread> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { rendererDir }, env: SHARE_ENV, execArgv });
    const waiting = new Map<number, { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }>();
    let next = 1;
    const thread: Thread = {
      busy: 0,
      worker,
      ask: (question) =>
        new Promise((resolveAnswer, rejectAnswer) => {
          const id = next++;
          waiting.set(id, { resolve: resolveAnswer, reject: rejectAnswer });
          worker.postMessage({ ...question, id });
        }),
    };
    worker.on('message', (answer: WorkerAnswer) => {
      if (answer.id === 0) return resolve(thread);
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (answer.error !== undefined) pending?.reject(new Error(answer.error));
      else pending?.resolve(answer);
    });
    const fail = (error: Error): void => {
      reject(error);
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`fil de rendu arrêté (code ${code})`)));
  });

/**
 * Pages rendered on several cores: the rebuild process's own render server and render threads
 * (render-worker.ts), each with a copy of the content that `reload` and `apply` keep equal to the
 * process's. A page goes to the server with the fewest pages in hand; they all run the same
 * bundle over the same content, so a page is the same whichever renders it
 * (test/fast-rebuild.test.ts compares every page with a full build).
 */
export const startRenderPool = async ({ rendererDir, server, threads }: { rendererDir: string; server: RenderServer; threads: number }) => {
  const pool = await Promise.all(Array.from({ length: threads }, () => startThread(rendererDir)));
  let own = 0;
  const all = async (question: Question): Promise<void> => {
    await Promise.all(pool.map((thread) => thread.ask(question)));
  };
  return {
    size: pool.length + 1,
    reload: (storeFile: string) => all({ kind: 'reload', storeFile }),
    apply: (writes: readonly StoreWrite[]) => all({ kind: 'apply', writes }),
    /** Renders `address` on every server and drops it: each compiles the code of its components before the first publication. */
    warm: async (address: string): Promise<void> => {
      await Promise.allSettled([server.render(address), ...pool.map((thread) => thread.ask({ kind: 'render', address }))]);
    },
    render: async (address: string): Promise<Buffer> => {
      const thread = pool.reduce<Thread | null>((least, candidate) => (candidate.busy <= (least?.busy ?? own) ? candidate : least), null);
      if (!thread) {
        own += 1;
        return server.render(address).finally(() => (own -= 1));
      }
      thread.busy += 1;
      try {
        const { body } = await thread.ask({ kind: 'render', address });
        return Buffer.from(body?.buffer ?? new ArrayBuffer(0), body?.byteOffset ?? 0, body?.byteLength ?? 0);
      } finally {
        thread.busy -= 1;
      }
    },
    close: async (): Promise<void> => {
      await Promise.allSettled(pool.map((thread) => thread.ask({ kind: 'close' })));
      await Promise.allSettled(pool.map((thread) => thread.worker.terminate()));
    },
  };
};

export type RenderPool = Awaited<ReturnType<typeof startRenderPool>>;
