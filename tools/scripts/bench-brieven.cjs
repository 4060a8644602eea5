// `npm run bench:brieven`: how fast the verlof-vrijstelling service writes a letter — the gemeente's
// template filled (renderBrief) and rendered to PDF (pdfkit) — over every letter template of one
// gemeente per profile. Not a test: it measures and prints (docs/benchmarks.md). Needs `npm run build`.
// Usage: npm run bench:brieven -- [--rondes=20]
'use strict';
const path = require('node:path');
const os = require('node:os');
const { performance } = require('node:perf_hooks');
const tsConfigPaths = require('tsconfig-paths');
const base = require('../../tsconfig.base.json');

const dist = path.resolve(__dirname, '../../dist');
tsConfigPaths.register({ baseUrl: dist, paths: Object.fromEntries(Object.entries(base.compilerOptions.paths).map(([a, t]) => [a, t.map((x) => x.replace(/\.ts$/, '.js'))])) });
const { InstructieRegister, renderBrief, BRIEF_SJABLONEN, toegestaneBriefvelden } = require('@leerrecht/shared/util-instructie');
const { renderBriefPdf } = require('@leerrecht/shared/util-brief-pdf');

const rondes = Number((process.argv.find((a) => a.startsWith('--rondes=')) ?? '--rondes=20').split('=')[1]);
const register = InstructieRegister.laad();
const gemeenten = ['0193', '0171', '1581', '0153'];

function waarden(instructie, sjabloon) {
  const w = {};
  for (const veld of toegestaneBriefvelden(sjabloon)) w[veld] = `waarde van ${veld}, met ë en é`;
  w.gemeenteNaam = instructie.gemeenteNaam;
  w.ondertekening = renderBrief(instructie.regels.brieven.ondertekening.waarde, { gemeenteNaam: instructie.gemeenteNaam });
  return w;
}

async function main() {
  const opdrachten = gemeenten.flatMap((code) => {
    const instructie = register.voorGemeente(code);
    return BRIEF_SJABLONEN.map((sjabloon) => ({ instructie, sjabloon, w: waarden(instructie, sjabloon) }));
  });
  const b = (i) => i.briefhoofd;
  // Warm-up: font metrics and modules load once per process.
  for (const o of opdrachten.slice(0, 5)) await renderBriefPdf({ briefhoofd: b(o.instructie), titel: 'x', kenmerk: 'VL-0', tekst: renderBrief(o.instructie.regels.brieven[o.sjabloon].waarde, o.w) });
  let tekstMs = 0;
  let pdfMs = 0;
  let bytes = 0;
  let aantal = 0;
  for (let r = 0; r < rondes; r++) {
    for (const o of opdrachten) {
      const t0 = performance.now();
      const tekst = renderBrief(o.instructie.regels.brieven[o.sjabloon].waarde, o.w);
      const t1 = performance.now();
      const pdf = await renderBriefPdf({ briefhoofd: b(o.instructie), titel: o.sjabloon, kenmerk: 'VL-12345678', tekst, afschriftAan: ['de directeur'] }, { aangemaaktOp: new Date('2027-03-01T09:00:00Z') });
      const t2 = performance.now();
      tekstMs += t1 - t0;
      pdfMs += t2 - t1;
      bytes += pdf.length;
      aantal += 1;
    }
  }
  const regel = (m) => process.stdout.write(`${m}\n`);
  regel(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, node ${process.version}`);
  regel(`brieven: ${aantal} (${BRIEF_SJABLONEN.length} sjablonen × ${gemeenten.length} gemeenten × ${rondes} rondes)`);
  regel(`tekst (renderBrief): ${(tekstMs / aantal).toFixed(3)} ms per brief`);
  regel(`pdf (pdfkit):        ${(pdfMs / aantal).toFixed(2)} ms per brief, ${Math.round(aantal / (pdfMs / 1000))} per seconde op één kern, gemiddeld ${Math.round(bytes / aantal / 1024)} kB`);
}

main().catch((fout) => {
  process.stderr.write(`${fout.stack ?? fout}\n`);
  process.exit(1);
});
