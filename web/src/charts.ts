import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Series } from './api';

const STAKEHOLDER_COLORS = ['#1f78b4', '#e31a1c', '#33a02c', '#ff7f00', '#6a3d9a'];

export class Charts {
  private fatalities?: uPlot;
  private violations?: uPlot;

  constructor(private readonly fatalitiesEl: HTMLElement, private readonly violationsEl: HTMLElement, private readonly noteEl?: HTMLElement) {}

  draw(series: Series, agreement: string, markDay?: number): void {
    const width = Math.max(260, this.fatalitiesEl.clientWidth || 360);
    const x = series.weeks.map(w => Date.parse(`${w.week}T00:00:00Z`) / 1000);
    const a = Math.max(0, series.agreements.findIndex(g => g.id === agreement));
    const n = series.stakeholders.length;
    const marker: uPlot.Plugin = {
      hooks: {
        draw: u => {
          if (markDay === undefined) return;
          const px = u.valToPos(markDay * 86400, 'x', true);
          const ctx = u.ctx;
          ctx.save();
          ctx.strokeStyle = '#000';
          ctx.setLineDash([4, 3]);
          ctx.beginPath();
          ctx.moveTo(px, u.bbox.top);
          ctx.lineTo(px, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.restore();
        },
      },
    };

    if (this.noteEl) {
      const broad = series.broadlyDated;
      this.noteEl.textContent = broad && broad.events > 0
        ? `Not in the weekly series: ${broad.events.toLocaleString('en')} event(s) dated only to more than a week (${broad.best.toLocaleString('en')} fatalities, best).`
        : '';
    }

    this.fatalities?.destroy();
    this.fatalities = new uPlot({
      width, height: 150, plugins: [marker], legend: { show: true },
      series: [{}, { label: 'fatalities (best)', stroke: '#444', fill: 'rgba(68,68,68,0.15)' }],
      axes: [{}, { size: 60 }],
    }, [x, series.weeks.map(w => w.best)], this.fatalitiesEl);

    this.violations?.destroy();
    this.violations = new uPlot({
      width, height: 150, plugins: [marker], legend: { show: true },
      series: [{}, ...series.stakeholders.map((s, i) => ({ label: s.name, stroke: STAKEHOLDER_COLORS[i % STAKEHOLDER_COLORS.length], width: 1.5 }))],
      axes: [{}, { size: 60 }],
    }, [x, ...series.stakeholders.map((_, i) => series.weeks.map(w => w.violations[a * n + i] ?? 0))], this.violationsEl);
  }
}
