/**
 * The Discover worker: parses and stores imported files and answers ranking queries, so a 90 MB
 * import or a search over 100,000 projects never blocks the board's page.
 */
import { blobInput } from '@/lib/discover/inputs';
import { openDiscoverDb } from '@/lib/discover/store';
import { DiscoverCore } from '@/lib/discover/worker-core';
import { readXlsxRows } from '@/lib/discover/xlsx';
import type { WorkerReply, WorkerRequest } from '@/lib/discover/protocol';

const post = (reply: WorkerReply) => postMessage(reply);
let core: Promise<DiscoverCore> | undefined;
let running: AbortController | undefined;

function ready(): Promise<DiscoverCore> {
  core ??= openDiscoverDb().then(async (db) => {
    const created = new DiscoverCore(db, readXlsxRows);
    await created.refresh();
    return created;
  });
  return core;
}

async function publishState(discover: DiscoverCore) {
  post({ type: 'state', ...(await discover.refresh()) });
}

async function runImport(files: File[]) {
  const discover = await ready();
  running?.abort();
  const controller = (running = new AbortController());
  const started = performance.now();
  const outcomes = await discover.importFiles(
    files.map((file) => blobInput(file, file.name)),
    controller.signal,
    (number, progress) =>
      post({
        type: 'progress',
        file: files[number]!.name,
        fileNumber: number + 1,
        fileCount: files.length,
        ...progress,
        elapsedMs: performance.now() - started,
      }),
  );
  post({ type: 'imported', outcomes, cancelled: controller.signal.aborted, elapsedMs: performance.now() - started });
  if (running === controller) running = undefined;
  discover.absorb(discover.pending.splice(0));
  post({ type: 'state', ...(await discover.state()) });
}

const isFiles = (value: unknown): value is File[] => Array.isArray(value) && value.every((f) => f instanceof Blob);

async function handle(request: WorkerRequest) {
  switch (request.type) {
    case 'import':
      if (isFiles(request.files)) await runImport(request.files);
      return;
    case 'cancel':
      running?.abort(new DOMException('Cancelled', 'AbortError'));
      return;
    case 'files':
      return publishState(await ready());
    case 'remove': {
      const discover = await ready();
      if (typeof request.fileId === 'string') await discover.remove(request.fileId);
      return publishState(discover);
    }
    case 'rank': {
      const discover = await ready();
      const started = performance.now();
      const rows = discover.rank(request.options ?? {});
      return post({ type: 'ranked', id: request.id, rows, tookMs: performance.now() - started });
    }
    case 'details':
      return post({ type: 'details', id: request.id, projects: (await ready()).details(Number(request.index)) });
  }
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (!request || typeof request !== 'object' || typeof request.type !== 'string') return;
  handle(request).catch((error: unknown) => {
    post({ type: 'failed', id: 'id' in request ? request.id : undefined, message: String(error) });
  });
});
