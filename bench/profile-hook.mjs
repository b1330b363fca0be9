// Preloaded into the server by the golden benchmark when BENCH_PROFILE names a folder
// (`node --import ./bench/profile-hook.mjs server/dist/main.js`): the first SIGUSR2 starts V8's
// CPU profiler, the next one writes what it sampled to that folder and prints the file's path,
// so a profile covers the measured requests only, not the start-up or the warm-up.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_PROFILE;
const interval = Number(process.env.BENCH_PROFILE_INTERVAL_US ?? 250);
let session;
let count = 0;

process.on('SIGUSR2', () => {
  if (!session) {
    session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable', () =>
      session.post('Profiler.setSamplingInterval', { interval }, () =>
        session.post('Profiler.start', () => console.log('[profile] started')),
      ),
    );
    return;
  }
  const current = session;
  session = undefined;
  current.post('Profiler.stop', (err, result) => {
    current.disconnect();
    if (err) return void console.log(`[profile] failed: ${err.message}`);
    count += 1;
    const file = path.join(dir, `server-${process.pid}-${count}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(result.profile));
    console.log(`[profile] written ${file}`);
  });
});
