// Drives the Truce web UI in Debian's Chromium through playwright-core (no browser download) and
// prints what it saw as one JSON object on stdout; the xunit tests (tests/Truce.Server.Tests/Browser)
// make the assertions. Usage: node e2e/ui.mjs BASE_URL SCENARIO SCREENSHOT.png
import { chromium } from 'playwright-core';

const [base, scenario, screenshot] = process.argv.slice(2);
const executablePath = process.env.TRUCE_CHROMIUM ?? '/usr/bin/chromium';
const ALEPPO = 'center=37.165,36.215&zoom=12';
const IDLIB_EVENT = { key: 'ucdp-ged:233028', lon: 36.610978, lat: 35.812335 };

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const result = { scenario, console: [], requests: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // SwiftShader's 'GPU stall due to ReadPixels' performance notes are not the page's.
  page.on('console', m => { if ((m.type() === 'error' || m.type() === 'warning') && !m.text().includes('GL Driver Message')) result.console.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', e => result.console.push(`pageerror: ${e.message}`));
  page.on('request', r => result.requests.push(r.url()));

  // A minute: the first open also starts the server's map data and Chromium's WebGL, and CI runs the other test
  // projects on the same two cores at that moment (30 s was exceeded once there).
  const settled = async (before) => {
    await page.waitForFunction(v => window.truce?.state && window.truce.firstRenderMs !== undefined && !window.truce.busy && window.truce.version > v, before, { timeout: 60_000 });
  };
  const version = () => page.evaluate(() => window.truce?.version ?? 0);
  const open = async (query) => {
    const started = Date.now();
    await page.goto(`${base}/${query ? `?${query}` : ''}`);
    await settled(0);
    return Date.now() - started;
  };
  const act = async (action) => { const v = await version(); await action(); await settled(v); };
  const controlFeature = (key) => page.evaluate(k => {
    const f = window.truce.map.queryRenderedFeatures({ layers: ['control-fill'] }).find(x => x.properties.key === k);
    return f ? { controller: f.properties.controller ?? null, color: f.properties.color ?? null, paint: f.layer?.paint?.['fill-color'] ?? null } : null;
  }, key);
  const point = (key) => page.evaluate(k => {
    const f = window.truce.map.queryRenderedFeatures({ layers: ['points'] }).find(x => x.properties.key === k);
    return f ? { outcome: f.properties.outcome ?? null, disputed: f.properties.disputed, color: f.properties.color } : null;
  }, key);
  const dayValue = (iso) => String(Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000));

  switch (scenario) {
    case 'load': {
      result.wallMs = await open('');
      result.firstRenderMs = await page.evaluate(() => window.truce.firstRenderMs);
      Object.assign(result, await page.evaluate(() => {
        const m = window.truce.map;
        const count = (layer) => m.queryRenderedFeatures({ layers: [layer] }).length;
        return { admin1: count('admin1-line'), admin2: count('admin2-fill'), bins: count('bins'), stakeholders: [...document.querySelectorAll('input[name=stakeholder]')].map(i => i.parentElement.textContent.trim()), errors: window.truce.errors };
      }));
      break;
    }
    case 'slider': {
      await open(ALEPPO);
      const slider = page.getByLabel('Day', { exact: true });
      await act(() => slider.fill(dayValue('2016-11-20')));
      result.before = { label: await page.locator('#day-label').textContent(), hanano: await controlFeature('N0129') };
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-before.png') });
      await act(() => slider.fill(dayValue('2016-12-23')));
      result.after = { label: await page.locator('#day-label').textContent(), hanano: await controlFeature('N0129') };
      break;
    }
    case 'signin': {
      // The test adds this user to the server's database before the run.
      await open('');
      await page.locator('#session-user').fill('browser-user');
      await page.locator('#session-password').fill('browser-pass-1');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#session-name').waitFor({ timeout: 10_000 });
      result.signedIn = await page.locator('#session').textContent();
      result.cookieVisibleToScripts = await page.evaluate(() => document.cookie.includes('truce_session'));
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-signed-in.png') });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.locator('#session-user').waitFor({ timeout: 10_000 });
      result.signedOut = await page.locator('#session').textContent();
      break;
    }
    case 'sites': {
      // The test adds the sites and this monitor to the server's database before the run.
      await open(ALEPPO);
      result.publicSites = await page.evaluate(() => window.truce.sites ?? 0);
      await page.locator('#session-user').fill('browser-monitor');
      await page.locator('#session-password').fill('browser-pass-2');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForFunction(() => (window.truce.sites ?? 0) > 0, null, { timeout: 15_000 });
      await page.waitForFunction(() => window.truce.map.queryRenderedFeatures({ layers: ['sites'] }).length > 0, null, { timeout: 15_000 });
      result.monitorSites = await page.evaluate(() => window.truce.sites);
      result.renderedSites = await page.evaluate(() => [...new Set(window.truce.map.queryRenderedFeatures({ layers: ['sites'] }).map(f => f.properties.id))].sort());
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-monitor.png') });
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForFunction(() => window.truce.sites === 0, null, { timeout: 15_000 });
      // The emptied source is drawn on a later frame: wait for it, as for the sites to appear above (a timeout fails the run).
      await page.waitForFunction(() => window.truce.map.queryRenderedFeatures({ layers: ['sites'] }).length === 0, null, { timeout: 15_000 });
      result.afterSignOut = await page.evaluate(() => window.truce.map.queryRenderedFeatures({ layers: ['sites'] }).length);
      break;
    }
    case 'stakeholder': {
      await open(`day=2016-10-31&agreement=A1&center=${IDLIB_EVENT.lon},${IDLIB_EVENT.lat}&zoom=12`);
      result.views = {};
      // The page opens on the first stakeholder (United States), so Russia comes first.
      for (const name of ['Russia', 'United States', 'UN envoy', 'Disputed only']) {
        await act(() => page.getByLabel(name, { exact: true }).check());
        result.views[name] = await point(IDLIB_EVENT.key);
        if (name === 'United States') await page.screenshot({ path: screenshot.replace(/\.png$/, '-us.png') });
      }
      break;
    }
    case 'event': {
      await open(`day=2016-10-31&agreement=A1&stakeholder=us&center=${IDLIB_EVENT.lon},${IDLIB_EVENT.lat}&zoom=13`);
      const xy = await page.evaluate(([lon, lat]) => {
        const p = window.truce.map.project([lon, lat]);
        const r = window.truce.map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, [IDLIB_EVENT.lon, IDLIB_EVENT.lat]);
      await page.mouse.click(xy.x, xy.y);
      const panel = page.getByRole('region', { name: 'Event' });
      await panel.locator('table.verdicts').first().waitFor({ timeout: 15_000 });
      result.title = await panel.locator('h2').textContent();
      result.best = await panel.getByTestId('best').textContent();
      result.text = await panel.innerText();
      result.a1 = await panel.locator('td[data-agreement="A1"]').evaluateAll(tds => tds.map(td => ({ stakeholder: td.dataset.stakeholder, text: td.innerText })));
      break;
    }
    case 'change': {
      await open(`day=2016-12-23&${ALEPPO}`);
      await page.getByRole('button', { name: 'Change view' }).click();
      await page.getByLabel('From', { exact: true }).fill('2016-11-20');
      await page.getByLabel('To', { exact: true }).fill('2016-12-23');
      await act(() => page.getByRole('button', { name: 'Compare' }).click());
      const view = page.getByRole('region', { name: 'Control changes' });
      result.changedAreas = Number(await view.getByTestId('changed-areas').textContent());
      result.controllers = await view.getByRole('table', { name: 'Area per controller' }).locator('tbody tr').evaluateAll(rows => rows.map(r => [...r.cells].map(c => c.innerText.trim())));
      result.areas = await view.getByRole('table', { name: 'Areas that changed hands' }).locator('tbody tr').evaluateAll(rows => rows.map(r => r.dataset.key));
      result.outlined = await page.evaluate(() => window.truce.map.queryRenderedFeatures({ layers: ['control-changed'] }).map(f => f.properties.key));
      break;
    }
    case 'humanitarian': {
      await open(`day=2016-11-20&${ALEPPO}`);
      await page.waitForFunction(() => (window.truce.humanitarian?.areas ?? 0) > 0 && document.querySelectorAll('#readiness li[data-condition]').length > 0, null, { timeout: 45_000 });
      result.probe = await page.evaluate(() => window.truce.humanitarian);
      result.rendered = await page.evaluate(() => [...new Set(window.truce.map.queryRenderedFeatures({ layers: ['besieged-fill'] }).map(f => f.properties.id))]);
      result.summary = await page.getByRole('region', { name: 'Sieges and aid' }).innerText();
      result.label = await page.locator('.area-label[data-area="east-aleppo"]').innerText();
      result.legend = await page.getByRole('region', { name: 'Legend' }).innerText();
      result.readiness = await page.locator('#readiness li[data-condition]').evaluateAll(lis => lis.map(li => ({
        id: li.dataset.condition, outcome: li.dataset.outcome, since: li.querySelector('[data-testid=since]').textContent,
        detail: li.querySelector('.detail').textContent, spans: Number(li.querySelector('.strip')?.dataset.spans ?? 0),
      })));
      // A convoy symbol of the window: click it, read what the panel shows of it.
      const convoy = await page.evaluate(() => {
        const f = window.truce.map.queryRenderedFeatures({ layers: ['convoys'] })[0];
        if (!f) return null;
        const p = window.truce.map.project(f.geometry.coordinates);
        const r = window.truce.map.getCanvas().getBoundingClientRect();
        return { id: f.properties.id, x: r.left + p.x, y: r.top + p.y };
      });
      result.convoyClicked = convoy?.id ?? null;
      if (convoy) {
        await page.mouse.click(convoy.x, convoy.y);
        await page.locator('#humanitarian-detail [data-testid=convoy-source]').first().waitFor({ timeout: 30_000 });
        result.convoy = await page.locator('#humanitarian-detail').innerText();
        result.convoyLinks = await page.locator('#humanitarian-detail a').evaluateAll(as => as.map(a => a.href));
        await page.screenshot({ path: screenshot.replace(/\.png$/, '-convoy.png') });
      }
      // The area's label: every figure with who gave it.
      await page.locator('.area-label[data-area="east-aleppo"]').click();
      await page.getByRole('table', { name: 'Population figures' }).waitFor({ timeout: 30_000 });
      result.area = await page.locator('#humanitarian-detail').innerText();
      result.figures = await page.getByRole('table', { name: 'Population figures' }).locator('tbody tr[data-figure]').evaluateAll(rows => rows.map(r => [...r.cells].map(c => c.innerText.trim())));
      result.areaLinks = await page.locator('#humanitarian-detail table a').evaluateAll(as => as.map(a => a.href));
      break;
    }
    default:
      throw new Error(`unknown scenario ${scenario}`);
  }

  await page.screenshot({ path: screenshot });
  result.errors = [...(result.errors ?? []), ...(await page.evaluate(() => window.truce?.errors ?? []))];
  result.external = result.requests.filter(u => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
  delete result.requests;
  process.stdout.write(JSON.stringify(result));
} catch (e) {
  process.stdout.write(JSON.stringify({ ...result, requests: undefined, failure: String(e?.stack ?? e) }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
