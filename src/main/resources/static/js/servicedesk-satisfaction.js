// Draws the satisfaction trend (one line per service, its target as a dashed mark line) from the data the
// page carries in data-chart; no inline script, so the strict Content-Security-Policy holds.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('satisfaction-chart');
  if (!element || !window.echarts) {
    return;
  }
  var data = JSON.parse(element.dataset.chart);
  element.style.height = '320px';
  var chart = window.echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', valueFormatter: function (value) { return value == null ? '–' : value + ' %'; } },
    legend: {},
    xAxis: { type: 'category', data: data.months },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
    series: data.series.map(function (s) {
      return {
        name: s.name,
        type: 'line',
        connectNulls: true,
        data: s.values,
        markLine: { symbol: 'none', lineStyle: { type: 'dashed' }, data: [{ yAxis: s.target, name: data.targetLabel }] }
      };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
