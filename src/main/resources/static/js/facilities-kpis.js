// Draws the trend of the chosen facility KPI (one line per service, its target as a dashed line of the same colour)
// from the data the page carries in data-chart (line-chart.js); no inline script, so the Content-Security-Policy holds.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('kpi-chart');
  if (!element || !window.garrisonLineChart) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  var lines = [];
  data.series.forEach(function (s, n) {
    lines.push({ label: s.name, values: s.values, colour: n });
    lines.push({ label: s.name + ' · ' + data.targetLabel, values: data.months.map(function () { return s.target; }),
      colour: n, dashed: true });
  });
  window.garrisonLineChart(element, data.months, lines, 320);
});
