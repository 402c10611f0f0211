(function () {
  'use strict';
  // The KPI chart of an initiative page: baseline, actual and target of each KPI as grouped bars, drawn from the
  // page's own JSON block (no inline script: the content-security policy allows only this server's scripts).
  var el = document.getElementById('kpi-chart');
  var src = document.getElementById('ws-kpi-data');
  if (el && src && window.echarts) {
    var d = JSON.parse(src.textContent);
    var nf = new Intl.NumberFormat(d.lang === 'id' ? 'id-ID' : 'en-US', {maximumFractionDigits: 2});
    var fmt = function (v) { return v === null || v === undefined ? '\u2013' : nf.format(v); };
    var chart = window.echarts.init(el);
    chart.setOption({
      animation: false,
      color: ['#9ca3af', '#0b6e4f', '#b45309'],
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: fmt},
      legend: {top: 0},
      grid: {left: 8, right: 24, top: 30, bottom: 8, containLabel: true},
      xAxis: {type: 'value', axisLabel: {formatter: fmt}},
      yAxis: {type: 'category', data: d.names, inverse: true, axisLabel: {width: 220, overflow: 'truncate'}},
      series: d.series.map(function (s) { return {name: s.name, type: 'bar', data: s.data}; })
    });
    window.klasterKpiChart = chart;
  }
  // The survey block: the mean score per factor, one bar per round (the round-by-round comparison).
  var sel = document.getElementById('survey-chart');
  var ssrc = document.getElementById('ws-survey-data');
  if (sel && ssrc && window.echarts) {
    var sd = JSON.parse(ssrc.textContent);
    var snf = new Intl.NumberFormat(sd.lang === 'id' ? 'id-ID' : 'en-US', {maximumFractionDigits: 2});
    var sfmt = function (v) { return v === null || v === undefined ? '\u2013' : snf.format(v); };
    var schart = window.echarts.init(sel);
    schart.setOption({
      animation: false,
      color: ['#9ca3af', '#0b6e4f', '#b45309', '#1d4ed8', '#7c3aed'],
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: sfmt},
      legend: {top: 0},
      grid: {left: 8, right: 24, top: 30, bottom: 8, containLabel: true},
      xAxis: {type: 'value', min: 0, max: sd.max, interval: 1, axisLabel: {formatter: sfmt}},
      yAxis: {type: 'category', data: sd.factors, inverse: true, axisLabel: {width: 220, overflow: 'truncate'}},
      series: sd.series.map(function (s) { return {name: s.name, type: 'bar', data: s.data}; })
    });
    window.klasterSurveyChart = schart;
  }
  // The OVOP registry: products with coordinates as a scatter of longitude and latitude (no basemap: offline).
  var pel = document.getElementById('product-map');
  var psrc = document.getElementById('ws-product-data');
  if (pel && psrc && window.echarts) {
    var pd = JSON.parse(psrc.textContent);
    var esc = function (s) {
      return String(s).replace(/[&<>"']/g, function (c) {
        return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
      });
    };
    var pad = function (v) { return Math.max(0.01, (v.max - v.min) * 0.08); };
    var deg = function (x) { return x.toFixed(2); };
    var pchart = window.echarts.init(pel);
    pchart.setOption({
      animation: false,
      tooltip: {trigger: 'item', formatter: function (p) {
        var d = p.data;
        return esc(d.name) + '<br>' + (d.grade > 0 ? '\u2605'.repeat(d.grade) : '\u2013') + '<br>'
          + d.value[1].toFixed(4) + ', ' + d.value[0].toFixed(4);
      }},
      grid: {left: 8, right: 72, top: 28, bottom: 8, containLabel: true},
      // a margin of 8 % of the spread (at least 0.01 degree) so no product sits on the frame
      xAxis: {type: 'value', name: pd.lang === 'id' ? 'bujur' : 'longitude', axisLabel: {formatter: deg},
        min: function (v) { return v.min - pad(v); }, max: function (v) { return v.max + pad(v); }},
      yAxis: {type: 'value', name: pd.lang === 'id' ? 'lintang' : 'latitude', axisLabel: {formatter: deg},
        min: function (v) { return v.min - pad(v); }, max: function (v) { return v.max + pad(v); }},
      series: [{type: 'scatter', itemStyle: {color: '#0b6e4f'},
        symbolSize: function (v, p) { return 8 + 3 * p.data.grade; },
        data: pd.points.map(function (x) { return {name: x.name, grade: x.grade, value: [x.lon, x.lat]}; })}]
    });
    window.klasterProductMap = pchart;
  }
  window.klasterWorkspaceReady = true;
})();
