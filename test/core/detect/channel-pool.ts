// A detection pool whose "workers" are comlink endpoints on MessageChannels in this thread, for tests.
import { createDetectPool, type DetectPool } from '../../../src/core/detect/detect-pool';
import { exposeStripWorker } from '../../../src/core/detect/strip-worker-api';

export function channelPool(size: number): DetectPool {
  return createDetectPool(size, () => {
    const { port1, port2 } = new MessageChannel();
    exposeStripWorker(port2);
    return {
      endpoint: port1,
      terminate: () => {
        port1.close();
        port2.close();
      },
    };
  });
}
