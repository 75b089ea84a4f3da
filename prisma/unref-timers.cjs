// Preloaded into the Prisma CLI. Its WebAssembly schema engine leaves a 10 s timer behind
// after `migrate deploy` has finished, which keeps the process alive for those 10 s. Long
// timers are unref'd: they still fire while the CLI has work pending, but no longer hold
// the process open once everything else is done.
const setTimeoutOriginal = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = setTimeoutOriginal(callback, ms, ...args);
  if (typeof ms === 'number' && ms >= 5000 && typeof timer?.unref === 'function') timer.unref();
  return timer;
};
