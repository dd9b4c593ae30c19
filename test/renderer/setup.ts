import 'fake-indexeddb/auto';

declare global {
  /** Tells React that tests wrap updates in act(). */
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
