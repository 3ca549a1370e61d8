// Socket.IO fan-out figures: 1,000 sockets follow one thread, replies are posted through REST, and
// every socket's arrival time of every event is measured from the moment the POST was sent; then
// 10,000 idle sockets are held by the one instance to read its memory per socket. Loopback only,
// bounded in count and time; prints figures, asserts nothing.
import { io } from 'socket.io-client';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function connectMany(url, count, onSocket) {
  const sockets = [];
  for (let i = 0; i < count; i += 250) {
    const batch = Array.from({ length: Math.min(250, count - i) }, () =>
      new Promise((resolve, reject) => {
        const socket = io(url, { path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true, timeout: 20000 });
        socket.once('connect', () => resolve(socket));
        socket.once('connect_error', reject);
      }),
    );
    for (const socket of await Promise.all(batch)) {
      sockets.push(socket);
      await onSocket?.(socket);
    }
  }
  return sockets;
}

const closeAll = async (sockets) => {
  for (const socket of sockets) socket.disconnect();
  await new Promise((resolve) => setTimeout(resolve, 1000));
};

export async function runFanout({ url, rssMiB, threadId, member, followers = 1000, posts = 20, idle = 10000 }) {
  const baseline = rssMiB();
  const arrivals = new Map();
  const started = Date.now();
  const sockets = await connectMany(url, followers, async (socket) => {
    socket.on('event', (event) => {
      if (event.type !== 'post.created') return;
      const at = performance.now();
      const list = arrivals.get(event.data.postId) ?? [];
      list.push(at);
      arrivals.set(event.data.postId, list);
    });
  });
  const acks = await Promise.all(sockets.map((s) => s.timeout(20000).emitWithAck('follow', { type: 'thread', id: threadId })));
  const refused = acks.filter((a) => !a.ok).length;
  console.log(`fan-out: ${followers} sockets connected and following one thread in ${Date.now() - started} ms (${refused} refused); app memory ${rssMiB().toFixed(0)} MiB (${baseline.toFixed(0)} before)`);

  const latencies = [];
  let incomplete = 0;
  for (let i = 0; i < posts; i++) {
    const sent = performance.now();
    const res = await fetch(`${url}/api/threads/${threadId}/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: member.cookie, 'x-xsrf-token': member.xsrf, origin: url },
      body: JSON.stringify({ body: `Fan-out measurement ${i + 1}` }),
    });
    const post = await res.json();
    if (!res.ok) throw new Error(`posting a reply failed: ${res.status} ${JSON.stringify(post)}`);
    const deadline = Date.now() + 5000;
    while ((arrivals.get(post.id)?.length ?? 0) < followers && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    const got = arrivals.get(post.id) ?? [];
    if (got.length < followers) incomplete++;
    for (const at of got) latencies.push(at - sent);
    await new Promise((r) => setTimeout(r, 50));
  }
  latencies.sort((a, b) => a - b);
  if (latencies.length === 0) throw new Error('no follower received any event');
  console.log(
    `fan-out: ${posts} posts × ${followers} followers: delivered ${latencies.length} of ${posts * followers}; POST sent → event received ` +
      `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies[latencies.length - 1].toFixed(0)} ms (target p99 < 100 ms); posts missing a follower: ${incomplete}`,
  );
  await closeAll(sockets);

  const before = rssMiB();
  const idleStarted = Date.now();
  const idleSockets = await connectMany(url, idle);
  const connectMs = Date.now() - idleStarted;
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const after = rssMiB();
  console.log(
    `idle sockets: ${idleSockets.length} connected in ${connectMs} ms; app memory ${after.toFixed(0)} MiB (${before.toFixed(0)} before): ` +
      `${(((after - before) * 1024) / idleSockets.length).toFixed(1)} KiB per socket (target: 10,000 in under 1 GB)`,
  );
  await closeAll(idleSockets);
}
