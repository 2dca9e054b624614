// The trend of an outcome measure over an engagement, drawn with Chart.js 4 (MIT), copied
// into this bundle from its WebJar and served from /ui/notes/lib/. Its UMD build defines
// window.Chart and is loaded as a classic script, once: the ES module build imports
// '@kurkle/color' by a bare name, which the browser cannot resolve without an import map, an
// inline script the Content-Security-Policy refuses. Chart.js sizes its canvas through
// element.style, which the policy allows, and adds no style element.
//
// The severity bands are shaded behind the line by a small plugin (bandsPlugin); their colours
// come from the band swatches in the page (notes.css), so the chart and the table under it
// cannot disagree. A point whose answers raised an alert is drawn as a red triangle.

const LIB = '/ui/notes/lib/chart.js/4.5.1/dist/chart.umd.min.js';

let loading = null;

/** Resolves to the Chart constructor, loading the library on first use. */
export function loadChart() {
  if (window.Chart) return Promise.resolve(window.Chart);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = LIB;
      script.addEventListener('load', () => resolve(window.Chart));
      script.addEventListener('error', () => {
        loading = null;
        script.remove();
        reject(new Error('The chart could not be loaded from the server; the scores are in the table.'));
      });
      document.head.append(script);
    });
  }
  return loading;
}

const INK = '#1d2430';
const LINE = '#1f5f8b';
const ALERT = '#a4161a';

const bandsPlugin = {
  id: 'allianceBands',
  beforeDatasetsDraw(chart, args, options) {
    const { ctx, chartArea: area, scales: { y } } = chart;
    ctx.save();
    options.bands.forEach((band, i) => {
      const top = y.getPixelForValue(Math.min(y.max, band.max + 0.5));
      const bottom = y.getPixelForValue(Math.max(y.min, band.min - 0.5));
      ctx.fillStyle = options.colours[i] || 'transparent';
      ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
      if (bottom - top >= 14) {
        ctx.fillStyle = INK;
        ctx.font = '12px system-ui, sans-serif';
        ctx.textAlign = 'right';
        ctx.textBaseline = 'middle';
        ctx.fillText(band.label, area.right - 6, (top + bottom) / 2);
      }
    });
    ctx.restore();
  },
};

/**
 * Draws (or draws again) the trend on the canvas.
 * measure: {definition: {title, bands, maxScore}}; results: oldest first; colours: one CSS colour per band;
 * format: app.format, for dates in the practice's zone.
 */
export async function drawTrend(canvas, measure, results, colours, format) {
  const Chart = await loadChart();
  Chart.getChart(canvas)?.destroy();
  const definition = measure.definition;
  const max = definition.maxScore ?? Math.max(...definition.bands.map((b) => b.max));
  // Dates on the axis; with two results on one day, dates and times, so the points stay apart.
  const days = results.map((r) => format.date(r.at));
  const labels = new Set(days).size === days.length ? days : results.map((r) => format.dateTime(r.at));
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: [{
        label: definition.title,
        data: results.map((r) => r.score),
        borderColor: LINE,
        backgroundColor: LINE,
        borderWidth: 2,
        tension: 0,
        pointRadius: results.map((r) => (r.alerts.length ? 7 : 5)),
        pointStyle: results.map((r) => (r.alerts.length ? 'triangle' : 'circle')),
        pointBackgroundColor: results.map((r) => (r.alerts.length ? ALERT : LINE)),
        pointBorderColor: results.map((r) => (r.alerts.length ? ALERT : LINE)),
      }],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        y: { min: 0, max, title: { display: true, text: 'Score', color: INK }, ticks: { color: INK, precision: 0 } },
        x: { offset: true, ticks: { color: INK } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => format.dateTime(results[items[0].dataIndex].at),
            label: (item) => {
              const r = results[item.dataIndex];
              return `${r.score} of ${r.maxScore}: ${r.band}${r.alerts.length ? ' (alert)' : ''}`;
            },
          },
        },
        allianceBands: { bands: definition.bands, colours },
      },
    },
    plugins: [bandsPlugin],
  });
}
