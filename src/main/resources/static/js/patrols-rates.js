// The daily completion-rate trend of the patrol rates page, drawn with ECharts from the page's JSON endpoint.
(function () {
  'use strict';
  var element = document.getElementById('trend-chart');
  if (!element || !window.echarts) {
    return;
  }
  element.style.height = '280px';
  fetch(element.dataset.url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(function (days) {
      var chart = window.echarts.init(element);
      chart.setOption({
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } },
        xAxis: { type: 'category', data: days.map(function (d) { return d.day; }) },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
        series: [{ name: element.dataset.label, type: 'line', smooth: true, data: days.map(function (d) { return d.rate; }) }]
      });
      element.dataset.days = String(days.length);
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();
