// The forecast chart: a stacked bar per period, one colour per forecast category. The figures come from
// the page's JSON block (the same as the table), so the chart never disagrees with the table.
(function () {
    'use strict';
    var canvas = document.getElementById('forecast-chart');
    var source = document.getElementById('forecast-data');
    if (!canvas || !source || typeof Chart === 'undefined') return;
    var data = JSON.parse(source.textContent || 'null');
    if (!data) return;
    var colours = { Pipeline: '#6c757d', BestCase: '#0dcaf0', Commit: '#0d6efd', ClosedWon: '#198754', ClosedLost: '#dc3545', Omitted: '#adb5bd' };
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: data.labels,
            datasets: data.datasets.map(function (d) {
                return { label: d.label, data: d.data, backgroundColor: colours[d.category] || '#999', stack: 'amount' };
            }),
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
        },
    });
})();
