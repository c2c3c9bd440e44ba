// Send from your existing SDK: the Segment Node SDK, unmodified, pointed at Outward.
//   cd examples/segment-node && npm install
//   OUTWARD_WRITE_KEY=owk_... OUTWARD_URL=http://127.0.0.1:8080 npm run send
// Create the write key with `./outward sources create node-example` (it is printed once).
import { Analytics } from '@segment/analytics-node';

const writeKey = process.env.OUTWARD_WRITE_KEY;
if (!writeKey) {
  console.error('Set OUTWARD_WRITE_KEY to a key from `./outward sources create NAME`.');
  process.exit(2);
}
const host = process.env.OUTWARD_URL ?? 'http://127.0.0.1:8080';
const count = Number(process.env.COUNT ?? 20);

// The SDK gzips its batches and labels them form-urlencoded; Outward accepts that as it is.
const analytics = new Analytics({ writeKey, host, path: '/v1/batch', maxEventsInBatch: 10, flushInterval: 500 });
analytics.on('error', (err) => { console.error('send failed:', err.reason ?? err); process.exitCode = 1; });

for (let i = 0; i < count; i++) {
  const userId = `node-${i % 5}`;
  if (i % 5 === 0) {
    analytics.identify({ userId, traits: { area: 'north-01', segment: 'residential' } });
  }
  // "contact" is an Outward event type, so it needs no mapping: channel/service/reason fill those fields.
  analytics.track({
    userId,
    event: 'contact',
    messageId: `node-example-${i}`,
    properties: { channel: 'chat', service: 'billing', reason: 'bill query', wait_s: 30 + 40 * i, resolved: i % 3 !== 0 },
  });
}
await analytics.closeAndFlush({ timeout: 10000 });
console.log(`sent ${count} tracks to ${host}`);
