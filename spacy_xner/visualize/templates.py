"""The page's inline CSS and JS: the file is self-contained (no CDN, no network).

Entity boxes copy displaCy's ``style="ent"`` markup (padding, radius, label) so the view looks
like spaCy. The alignment lines are emitted as SVG ``<line>`` elements; the script only puts
their ends under the token boxes once the browser has laid the text out.
"""

CSS = """
.xner-view { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 1.5em; }
.xner-view h1 { font-size: 1.4em; margin: 0 0 0.6em; }
.xner-summary { display: flex; flex-wrap: wrap; gap: 1.5em; margin-bottom: 1.5em; }
.xner-summary table { border-collapse: collapse; font-size: 0.9em; }
.xner-summary caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
.xner-summary th, .xner-summary td { border-bottom: 1px solid #e5e5e5; padding: 0.25em 0.7em; text-align: right; }
.xner-summary th:first-child, .xner-summary td:first-child { text-align: left; }
.xner-pair { border: 1px solid #ddd; border-radius: 6px; margin: 0 0 1.2em; padding: 0.6em 0.9em; }
.xner-pair header { font-size: 0.85em; color: #555; margin-bottom: 0.4em; }
.xner-pair header .xner-f1 { font-weight: bold; color: #222; }
.xner-note { color: #a33; font-weight: bold; margin-left: 0.8em; }
.xner-scroll { overflow-x: auto; overflow-y: hidden; padding-bottom: 0.3em; }
.xner-rows { position: relative; display: inline-block; min-width: 100%; }
.xner-row { white-space: nowrap; line-height: 2.5; position: relative; z-index: 1; }
.xner-row.xner-tgt { margin-top: 3.6em; }
.xner-row.xner-gold { margin-top: 0.5em; padding-top: 0.3em; border-top: 1px dashed #ccc; }
.xner-side { display: inline-block; width: 4.5em; font-size: 0.75em; color: #888; text-transform: uppercase; }
.xner-tok { padding: 0 0.12em; border-radius: 0.2em; }
.xner-tok.xner-on { background: #ffe58a; }
mark.xner-ent { display: inline-block; padding: 0.45em 0.6em; margin: 0 0.25em; line-height: 1; border-radius: 0.35em; }
mark.xner-ent .xner-label { font-size: 0.8em; font-weight: bold; line-height: 1; border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem; }
mark.xner-ent .xner-score { font-size: 0.7em; margin-left: 0.35rem; vertical-align: middle; color: #333; }
mark.xner-mark-correct { box-shadow: 0 0 0 2px #2e9e44; }
mark.xner-mark-wrong-label { box-shadow: 0 0 0 2px #e08a00; }
mark.xner-mark-spurious, mark.xner-mark-missed { box-shadow: 0 0 0 2px #d22; }
mark.xner-mark-missed { background-image: repeating-linear-gradient(45deg, transparent 0 6px, rgba(255,255,255,.55) 6px 10px); }
.xner-badge { font-size: 0.65em; font-weight: bold; margin-left: 0.35rem; vertical-align: middle; text-transform: uppercase; }
svg.xner-links { position: absolute; left: 0; top: 0; z-index: 0; pointer-events: none; overflow: visible; }
svg.xner-links line { stroke: #b8b8b8; stroke-width: 1.2; }
svg.xner-links line.xner-ent-link { stroke-width: 2; }
svg.xner-links line.xner-on { stroke: #d08000 !important; stroke-width: 3; }
.xner-dropped { margin: 0.6em 0 0; padding-left: 1.2em; font-size: 0.9em; }
.xner-dropped li { margin: 0.2em 0; }
.xner-reason { color: #a33; font-weight: bold; }
.xner-legend { font-size: 0.85em; color: #555; margin-bottom: 1em; }
.xner-legend mark { padding: 0.1em 0.4em; border-radius: 0.35em; background: #eee; margin: 0 0.3em; }
"""

JS = """
(function () {
  function ends(rows, side) {
    var out = {};
    rows.querySelectorAll('.xner-' + side + ' .xner-tok').forEach(function (tok) {
      var r = tok.getBoundingClientRect(), b = (tok.closest('mark') || tok).getBoundingClientRect();
      out[tok.dataset.i] = { x: r.left + r.width / 2, top: b.top, bottom: b.bottom };
    });
    return out;
  }
  function layout() {
    // measure everything first, then write: interleaving would force a reflow per line
    var jobs = [];
    document.querySelectorAll('.xner-rows').forEach(function (rows) {
      var svg = rows.querySelector('svg.xner-links');
      if (!svg) return;
      var o = rows.getBoundingClientRect(), src = ends(rows, 'src'), tgt = ends(rows, 'tgt');
      var lines = Array.prototype.map.call(svg.querySelectorAll('line'), function (line) {
        var s = src[line.dataset.src], t = tgt[line.dataset.tgt];
        return [line, s && t ? [s.x - o.left, s.bottom - o.top, t.x - o.left, t.top - o.top] : null];
      });
      jobs.push([svg, rows.scrollWidth, rows.scrollHeight, lines]);
    });
    jobs.forEach(function (job) {
      job[0].setAttribute('width', job[1]);
      job[0].setAttribute('height', job[2]);
      job[3].forEach(function (item) {
        var line = item[0], xy = item[1];
        if (!xy) { line.style.display = 'none'; return; }
        line.setAttribute('x1', xy[0]); line.setAttribute('y1', xy[1]);
        line.setAttribute('x2', xy[2]); line.setAttribute('y2', xy[3]);
      });
    });
  }
  function highlight(event, on) {
    var tok = event.target.closest && event.target.closest('.xner-src .xner-tok, .xner-tgt .xner-tok');
    if (!tok) return;
    var rows = tok.closest('.xner-rows');
    var side = tok.closest('.xner-src') ? 'src' : 'tgt';
    var other = side === 'src' ? 'tgt' : 'src';
    tok.classList.toggle('xner-on', on);
    rows.querySelectorAll('line[data-' + side + '="' + tok.dataset.i + '"]').forEach(function (line) {
      line.classList.toggle('xner-on', on);
      var peer = rows.querySelector('.xner-' + other + ' .xner-tok[data-i="' + line.dataset[other] + '"]');
      if (peer) peer.classList.toggle('xner-on', on);
    });
  }
  document.addEventListener('mouseover', function (e) { highlight(e, true); });
  document.addEventListener('mouseout', function (e) { highlight(e, false); });
  window.addEventListener('resize', layout);
  if (document.readyState === 'complete') layout(); else window.addEventListener('load', layout);
})();
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{body}
<script>{js}</script>
</body>
</html>
"""

FRAGMENT = """<style>{css}</style>
{body}
<script>{js}</script>
"""
