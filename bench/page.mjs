#!/usr/bin/env node
// The press-kit page on an emulated phone: headless Chromium (Debian's chromium and chromium-driver) at
// 390 × 844 with 4× CPU throttling, driven through chromedriver's HTTP API, so nothing is installed.
//
//   node bench/page.mjs [KIT] [RUNS]      (KIT: a built year, default out/2023; RUNS default 5)
//
// Per run, on a fresh load from file://:
//   usable  ms from navigation start to the first timer task that finds a national post's text box:
//           the post is on the page and the main thread is free to take a tap
//   nodes   the document's nodes (elements, text, comments) once it is usable
//   search  ms from the last key of "kiruna" (typed key by key, 120 ms apart) to the first frame after
//           Kiruna's X local post is on screen
// Prints each run, then the medians. The same probes are asserted by PressKitPageBrowserTest.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const kit = resolve(process.argv[2] || 'out/2023');
const runs = Number(process.argv[3] || 5);
const page = resolve(kit, 'index.html');
if (!existsSync(page)) {
  console.error(`no ${page}: build the kit first (./presskit build --no-pdf)`);
  process.exit(2);
}

const port = 9515 + Math.floor(Math.random() * 400);
const driver = spawn('/usr/bin/chromedriver', [`--port=${port}`], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
async function call(method, path, body) {
  const r = await fetch(base + path, {
    method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const json = await r.json();
  if (!r.ok) {
    throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  }
  return json.value;
}
for (let i = 0; ; i++) {
  try { await fetch(base + '/status'); break; } catch (e) {
    if (i > 100) { throw e; }
    await new Promise(ok => setTimeout(ok, 100));
  }
}

// Runs in the page before its own scripts: polls with timer tasks, which run only when the main thread is free.
const PROBE = `(function poll() {
  if (document.querySelector('#g-national .post textarea')) {
    window.__usable = performance.now();
  } else {
    setTimeout(poll, 5);
  }
}());`;
// Types the name key by key, then waits for the post and the frame that shows it.
const SEARCH = `var done = arguments[arguments.length - 1];
var field = document.getElementById('filter');
var name = arguments[0], post = arguments[1], i = 0;
field.focus();
(function key() {
  i++;
  field.value = name.slice(0, i);
  var last = i === name.length, start = performance.now();
  field.dispatchEvent(new Event('input', { bubbles: true }));
  if (!last) { setTimeout(key, 120); return; }
  (function wait() {
    var box = document.querySelector('[data-id="' + post + '"] textarea');
    if (box && box.getClientRects().length) {
      requestAnimationFrame(function () { setTimeout(function () { done(performance.now() - start); }, 0); });
    } else {
      setTimeout(wait, 5);
    }
  }());
}());`;

const session = await call('POST', '/session', { capabilities: { alwaysMatch: {
  'goog:chromeOptions': { binary: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu',
    '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'] } } } });
const s = `/session/${session.sessionId}`;
const cdp = (cmd, params) => call('POST', `${s}/goog/cdp/execute`, { cmd, params });
const script = (body, args = []) => call('POST', `${s}/execute/sync`, { script: body, args });
const asyncScript = (body, args = []) => call('POST', `${s}/execute/async`, { script: body, args });
await call('POST', `${s}/timeouts`, { script: 120000, pageLoad: 300000 });
await cdp('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
await cdp('Page.addScriptToEvaluateOnNewDocument', { source: PROBE });

const median = xs => { const a = [...xs].sort((x, y) => x - y); const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
const results = { usable: [], nodes: [], search: [] };
try {
  console.log(`machine: ${(await import('node:os')).cpus().length} cores, load ${(await import('node:os')).loadavg().map(l => l.toFixed(1)).join(' ')}`);
  console.log(`page: ${page}`);
  for (let i = 1; i <= runs; i++) {
    await call('POST', `${s}/url`, { url: 'about:blank' });
    await cdp('Emulation.setCPUThrottlingRate', { rate: 4 });
    await call('POST', `${s}/url`, { url: pathToFileURL(page).href });
    let usable = null;
    for (let t = 0; usable === null && t < 1200; t++) {
      usable = await script('return window.__usable === undefined ? null : window.__usable;');
      if (usable === null) { await new Promise(ok => setTimeout(ok, 50)); }
    }
    const nodes = await script(`var w = document.createTreeWalker(document, NodeFilter.SHOW_ALL), n = 0;
      while (w.nextNode()) { n++; } return n;`);
    const search = await asyncScript(SEARCH, ['kiruna', 'municipalities/2584-kiruna/x/local']);
    await cdp('Emulation.setCPUThrottlingRate', { rate: 1 });
    results.usable.push(usable); results.nodes.push(nodes); results.search.push(search);
    console.log(`run ${i}: usable ${Math.round(usable)} ms, ${nodes} nodes, search ${Math.round(search)} ms`);
  }
  console.log(`median of ${runs} runs (390×844, 4× CPU): first national post usable ${Math.round(median(results.usable))} ms,`
    + ` ${median(results.nodes)} nodes at load, "kiruna" → Kiruna's X post ${Math.round(median(results.search))} ms`);
} finally {
  await call('DELETE', s).catch(() => {});
  driver.kill();
}
