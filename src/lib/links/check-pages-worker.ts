// A worker thread of check-site.ts: checks the pages it is given and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { checkPages } from './check-pages.ts';

const { dist, pages } = workerData as { dist: string; pages: string[] };
parentPort!.postMessage(await checkPages(dist, pages));
