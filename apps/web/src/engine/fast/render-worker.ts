import { parentPort, workerData } from 'node:worker_threads';
import { applyWrites, loadStoreFile, sharedStore } from '../astro/memory-store';
import { startRenderServer } from '../astro/render-server';
import type { WorkerAnswer, WorkerQuestion } from './render-pool';

/**
 * A render server of the pool (render-pool.ts), in a thread of its own: the renderer's server
 * bundle over its own copy of the content store, which the rebuild process keeps in step by
 * sending the writes of each sync. It never asks the CMS.
 */
const port = parentPort;
if (!port) throw new Error('render-worker.ts se lance comme fil d’exécution du rendu rapide (render-pool.ts).');
const store = sharedStore();
const server = await startRenderServer((workerData as { rendererDir: string }).rendererDir);

const answer = async (question: WorkerQuestion): Promise<WorkerAnswer> => {
  switch (question.kind) {
    case 'reload':
      loadStoreFile(store, question.storeFile);
      return { id: question.id };
    case 'apply':
      applyWrites(store, question.writes);
      return { id: question.id };
    case 'render':
      return { id: question.id, body: new Uint8Array(await server.render(question.address)) };
    case 'close':
      await server.close();
      return { id: question.id };
  }
};

port.on('message', (question: WorkerQuestion) => {
  answer(question).then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ id: question.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerAnswer),
  );
});
port.postMessage({ id: 0 } satisfies WorkerAnswer);
