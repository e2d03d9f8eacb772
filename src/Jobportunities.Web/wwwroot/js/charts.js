/*
 * Draws a Chart.js chart above every report table with a data-chart attribute. The table stays:
 * it is the accessible version of the chart and the page works without JavaScript. Values come
 * from data-value on the cells; a hidden count ("<5") has an empty one and is left out of the chart.
 * No inline script: the CSP allows only scripts from this site.
 */
(function () {
  "use strict";
  if (typeof window.Chart === "undefined") {
    return;
  }

  var style = getComputedStyle(document.body);
  var palette = [1, 2, 3, 4, 5, 6].map(function (i) {
    return style.getPropertyValue("--jp-chart-" + i).trim() || "#00566e";
  });
  var textColor = style.getPropertyValue("--basis-color-default-color-document").trim() || "#1a1a1a";
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  window.Chart.defaults.color = textColor;
  window.Chart.defaults.font.family = style.getPropertyValue("--jp-font-family").trim() || "sans-serif";

  function read(table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
    var columns = [];
    heads.forEach(function (th, index) {
      // Razor writes data-* attributes even when empty: only "true" marks a series.
      if (th.getAttribute("data-series") === "true") {
        columns.push({ index: index, label: th.textContent.trim() });
      }
    });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    return {
      // A single series with a hidden count says so in its label ("Duitsland (<5)"), so a chart never looks complete when it is not.
      labels: rows.map(function (row) {
        var label = row.cells[0].textContent.trim();
        var cell = columns.length === 1 ? row.cells[columns[0].index + 1] : null;
        return cell && cell.getAttribute("data-value") === "" ? label + " (" + cell.textContent.trim() + ")" : label;
      }),
      series: columns.map(function (column) {
        return {
          label: column.label,
          data: rows.map(function (row) {
            var value = row.cells[column.index + 1].getAttribute("data-value");
            return value === null || value === "" ? null : Number(value);
          })
        };
      })
    };
  }

  function draw(table) {
    var kind = table.getAttribute("data-chart");
    var data = read(table);
    if (data.series.length === 0 || data.labels.length === 0) {
      return;
    }

    var doughnut = kind === "doughnut";
    var datasets = data.series.map(function (series, i) {
      var colour = palette[i % palette.length];
      return {
        label: series.label,
        data: series.data,
        backgroundColor: doughnut ? data.labels.map(function (_, j) { return palette[j % palette.length]; }) : colour,
        borderColor: doughnut ? "#ffffff" : colour,
        borderWidth: kind === "line" ? 3 : 1,
        spanGaps: false
      };
    });

    var figure = document.createElement("div");
    figure.className = "jp-chart" + (doughnut ? " jp-chart--round" : "");
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", table.getAttribute("data-chart-label") || "");
    figure.appendChild(canvas);
    var wrap = table.closest(".jp-table-wrap") || table;
    wrap.parentNode.insertBefore(figure, wrap);

    new window.Chart(canvas, {
      type: doughnut ? "doughnut" : kind === "line" ? "line" : "bar",
      data: { labels: data.labels, datasets: datasets },
      options: {
        animation: reducedMotion ? false : { duration: 400 },
        indexAxis: kind === "hbar" ? "y" : "x",
        maintainAspectRatio: false,
        responsive: true,
        plugins: {
          legend: { display: doughnut || datasets.length > 1, position: "bottom" }
        },
        scales: doughnut ? {} : {
          x: { beginAtZero: true, ticks: { precision: 0 } },
          y: { beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-chart]:not([data-chart=''])"), draw);
})();
