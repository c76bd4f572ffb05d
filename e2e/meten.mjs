// Shared by the benchmark and the profiling aid (not tests): a CPU profile of typing.

/**
 * Types `n` values into the loonwaarde field, `pauzeMs` apart, under the CDP profiler (a sample every
 * 50 µs), and returns the profile.
 */
export async function typProfiel(page, n, pauzeMs) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(async ({ n, pauzeMs }) => {
    for (let i = 0; i < n; i++) {
      const veld = document.querySelector('#veld-loonwaarde');
      veld.value = i % 2 ? '40' : '60';
      veld.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise(r => setTimeout(r, pauzeMs));
    }
  }, { n, pauzeMs });
  const { profile } = await cdp.send('Profiler.stop');
  return profile;
}
