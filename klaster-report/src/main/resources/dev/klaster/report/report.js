(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('klaster-data').textContent);
  var nf = new Intl.NumberFormat(D.lang === 'id' ? 'id-ID' : 'en-US', {maximumFractionDigits: 2});
  function num(v) {
    if (v === null || v === undefined || v === '') { return '\u2013'; }
    if (typeof v !== 'number') { return String(v); }
    var a = Math.abs(v);
    if (a !== 0 && a < 0.01) { return v.toExponential(2); }
    return nf.format(v);
  }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c];
    });
  }
  var FMT = {
    num: function (v) { return num(v); },
    range: function (a, b) { return num(a) + ' \u2013 ' + num(b); },
    labelnum: function (p) { return num(Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value); },
    row: function (p) {
      var v = p.value !== undefined ? p.value : p.data;
      var names = p.dimensionNames || [];
      var out = ['<b>' + esc(p.seriesName || '') + '</b>'];
      if (Array.isArray(v)) {
        for (var i = 0; i < v.length; i++) { out.push(esc(names[i] || ('#' + i)) + ': ' + esc(num(v[i]))); }
      } else { out.push(esc(p.name) + ': ' + esc(num(v))); }
      return out.join('<br>');
    },
    heat: function (p) { return esc(p.name) + ': <b>' + esc(num(p.value[2])) + '</b>'; },
    waterfall: function (p) { return esc(p.name) + ': <b>' + esc(num(p.value[4])) + '</b>'; },
    mappoint: function (p) { return esc(p.name) + ': <b>' + esc(num(p.value[2])) + '</b>'; },
    mapvalue: function (p) { return esc(p.name) + ': <b>' + esc(num(p.value)) + '</b>'; },
    envelope: function (ps) {
      var lo, band, out = ['<b>' + esc(ps[0].name) + '</b>'];
      ps.forEach(function (p) {
        if (p.seriesIndex === 0) { lo = p.value; } else if (p.seriesIndex === 1) { band = p.value; }
        else { out.push(esc(p.seriesName) + ': ' + esc(num(p.value))); }
      });
      if (lo !== undefined && band !== undefined) {
        out.push(esc(ps[1].seriesName) + ': ' + esc(num(lo)) + ' \u2013 ' + esc(num(lo + band)));
      }
      return out.join('<br>');
    },
    mapclass: function (p) {
      var l = p.data && p.data.cls !== undefined ? p.data.cls : num(p.value);
      return esc(p.name) + ': <b>' + esc(l) + '</b>';
    }
  };
  var FN = {
    waterfall: function (params, api) {
      var i = api.value(0), s = api.value(1), e = api.value(2), sg = api.value(3);
      var a = api.coord([i, s]), b = api.coord([i, e]);
      var w = api.size([1, 0])[0] * 0.55;
      var color = sg > 0 ? '#31a354' : (sg < 0 ? '#de2d26' : '#3182bd');
      return {type: 'rect', shape: {x: a[0] - w / 2, y: Math.min(a[1], b[1]), width: w,
        height: Math.max(1, Math.abs(a[1] - b[1]))}, style: {fill: color}};
    }
  };
  function hydrate(o) {
    if (Array.isArray(o)) { for (var i = 0; i < o.length; i++) { o[i] = hydrate(o[i]); } return o; }
    if (o && typeof o === 'object') { for (var k in o) { o[k] = hydrate(o[k]); } return o; }
    if (typeof o === 'string') {
      if (o.indexOf('@fmt:') === 0) { return FMT[o.substring(5)]; }
      if (o.indexOf('@fn:') === 0) { return FN[o.substring(4)]; }
    }
    return o;
  }
  function q(s) { s = String(s); return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  function csv(t) {
    var lines = [t.columns.map(function (c) { return q(c.name); }).join(',')];
    t.rows.forEach(function (r) {
      lines.push(r.map(function (v) { return v === null ? '' : (typeof v === 'number' ? String(v) : q(v)); }).join(','));
    });
    return '\ufeff' + lines.join('\r\n') + '\r\n';
  }
  function htmlTable(t, max) {
    var wrap = document.createElement('div');
    wrap.className = 'scroll';
    var h = ['<table class="data"><thead><tr>'];
    t.columns.forEach(function (c) { h.push('<th>' + esc(c.name) + '</th>'); });
    h.push('</tr></thead><tbody>');
    t.rows.slice(0, max).forEach(function (r) {
      h.push('<tr>');
      r.forEach(function (v, i) {
        h.push(t.columns[i].type === 'NUMBER' ? '<td class="num">' + esc(num(v)) + '</td>' : '<td>' + esc(v) + '</td>');
      });
      h.push('</tr>');
    });
    h.push('</tbody></table>');
    wrap.innerHTML = h.join('');
    return wrap;
  }
  var maps = D.maps || {};
  Object.keys(maps).forEach(function (name) { echarts.registerMap(name, maps[name]); });
  var charts = {};
  window.klasterCharts = charts;
  D.blocks.forEach(function (b) {
    if (b.option) {
      var el = document.getElementById('chart-' + b.id);
      var c = echarts.init(el, null, {renderer: 'canvas'});
      try { c.setOption(hydrate(b.option)); } catch (e) { console.error('chart ' + b.id + ': ' + e); }
      charts[b.id] = c;
    }
    var a = document.getElementById('csv-' + b.id);
    if (a && window.Blob && window.URL) {
      a.href = URL.createObjectURL(new Blob([csv(b.data)], {type: 'text/csv;charset=utf-8'}));
      a.download = b.file + '.csv';
    }
    var det = document.getElementById('details-' + b.id);
    if (det) {
      det.addEventListener('toggle', function () {
        if (det.open && !det.getAttribute('data-done')) { det.appendChild(htmlTable(b.data, 1000)); det.setAttribute('data-done', '1'); }
      });
    }
  });
  function resizeAll() { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); }
  window.addEventListener('resize', resizeAll);
  window.addEventListener('beforeprint', resizeAll);
  if (window.matchMedia) {
    var mq = window.matchMedia('print');
    if (mq.addEventListener) { mq.addEventListener('change', resizeAll); } else if (mq.addListener) { mq.addListener(resizeAll); }
  }
  window.klasterReady = true;
})();
