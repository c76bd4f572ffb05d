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

/**
 * A phone as Lighthouse has it: slow 4G (1.44 Mbit/s down, 150 ms) and a 4× slower CPU, via CDP.
 * On the page's CDP session `cdp` (made here when not given); returns it.
 */
export async function zetTelefoon(ctx, page, cdp) {
  cdp ??= await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.44e6 / 8, uploadThroughput: 675e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/**
 * An init script: the first frame that shows a net amount (window.__netto), the phone bar on a phone,
 * the big figure on a wide screen, visible (the page keeps them hidden until they hold, ADR 0022)
 * and in the viewport. Checked at the start of every frame: the time is that frame's, which paints
 * what is checked. (A timer after the frame measured the start script's work too: it was queued
 * behind it.) Also when the app has taken over (window.__app) and when the parts below the amounts
 * are there (window.__onder).
 */
export function NETTO_WACHTER() {
  window.__netto = null;
  const zichtbaar = (el) => {
    if (!el || getComputedStyle(el).visibility !== 'visible' || getComputedStyle(el.closest('.indeling__uitkomst') ?? el).visibility !== 'visible') return false;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < innerHeight && /€/.test(el.textContent);
  };
  const peil = () => {
    if (window.__netto !== null) return;
    if (zichtbaar(document.querySelector('#samenvatting')) || zichtbaar(document.querySelector('#fig-netto-meting'))) {
      window.__netto = performance.now();
      window.__rhNetto?.(window.__netto);
      return;
    }
    requestAnimationFrame(peil);
  };
  requestAnimationFrame(peil);
  new MutationObserver((_, obs) => {
    if (!window.__app && document.documentElement.classList.contains('rh-app')) window.__app = performance.now();
    if (document.querySelector('#jaaroverzicht')) { window.__onder = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

/**
 * Watches for the frame of NETTO_WACHTER without touching the page: call before `goto`, await the
 * promise it returns after. Playwright's own waiting (waitForFunction, waitForSelector, evaluate)
 * first injects its utility script into the page, ~80 ms of the main thread at 4× CPU; waiting
 * that way right after `goto` put that script before the first module on a second visit. This
 * waits for a binding the page calls instead (CDP Runtime.addBinding: nothing is evaluated).
 */
export async function nettoSignaal(page) {
  let klaar;
  const signaal = new Promise((k) => { klaar = k; });
  await page.exposeBinding('__rhNetto', (_, t) => klaar(t));
  return () => Promise.race([signaal, new Promise((_, nee) => setTimeout(() => nee(new Error('geen nettobedrag binnen 10 s')), 10000))]);
}
