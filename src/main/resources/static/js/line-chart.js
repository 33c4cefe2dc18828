// Line charts of percentages over periods (days, months) drawn with uPlot, for the pages with a chart: one line per
// series (a target as a dashed line of its series' colour), the y axis from 0 to 100 %, and under the chart a legend
// that shows the period under the pointer and its values (app.css hides the period's label). The chart takes its
// container's width, also on resize.
window.garrisonLineChart = function (element, periods, lines, height) {
  'use strict';
  var COLOURS = ['#0d6efd', '#198754', '#dc3545', '#fd7e14', '#6f42c1', '#20c997', '#6c757d'];

  function percent(u, value) { return value == null ? '–' : value + ' %'; }

  function width() { return Math.max(200, element.clientWidth); }

  var series = [{ value: function (u, i) { return i == null || periods[i] === undefined ? '–' : periods[i]; } }];
  var data = [periods.map(function (period, i) { return i; })];
  lines.forEach(function (line) {
    series.push({ label: line.label, stroke: COLOURS[line.colour % COLOURS.length], width: line.dashed ? 1 : 2,
      dash: line.dashed ? [6, 4] : undefined, spanGaps: true, points: { show: !line.dashed }, value: percent });
    data.push(line.values);
  });
  var chart = new window.uPlot({
    width: width(),
    height: height,
    scales: {
      x: { time: false, range: function (u, min, max) { return [min - 0.5, max + 0.5]; } },
      y: { range: [0, 100] }
    },
    axes: [
      { space: 80, incrs: [1, 2, 3, 5, 7, 10, 14, 30, 60, 90],
        values: function (u, ticks) { return ticks.map(function (i) { return periods[i] === undefined ? '' : periods[i]; }); } },
      { size: 60, values: function (u, ticks) { return ticks.map(function (v) { return v + ' %'; }); } }
    ],
    series: series
  }, data, element);
  window.addEventListener('resize', function () { chart.setSize({ width: width(), height: height }); });
  return chart;
};
