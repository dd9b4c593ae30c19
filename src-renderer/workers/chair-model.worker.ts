/*
 * Web Worker entry: computes the chair's model off the window's thread
 * (see store/chair-compute.ts). Only the worker's own global is used.
 */
import { chairModelHandler } from './chair-model-handler';
import type { ComputeRequest } from '../store/chair-compute';

const handle = chairModelHandler();

addEventListener('message', (event: MessageEvent<ComputeRequest>) => {
  postMessage(handle(event.data));
});
