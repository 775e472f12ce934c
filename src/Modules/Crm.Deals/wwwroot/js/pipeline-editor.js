// The pipeline editor: stages can be dragged by their handle. After a drop the rows' field names are
// renumbered (Stages[0]..., Order 1...) so the form posts the stages in the order shown; the up/down
// buttons do the same on the server for those without a mouse.
(function () {
    'use strict';
    var body = document.getElementById('pipeline-stages');
    if (!body || typeof Sortable === 'undefined') return;
    function renumber() {
        Array.prototype.forEach.call(body.querySelectorAll('tr.crm-stage-row'), function (row, index) {
            row.querySelectorAll('[name^="Stages["]').forEach(function (input) {
                input.name = input.name.replace(/^Stages\[\d+\]/, 'Stages[' + index + ']');
            });
            var order = row.querySelector('[data-field="Order"]');
            if (order) order.value = index + 1;
            row.querySelectorAll('button[name="command"]').forEach(function (button) {
                button.value = button.value.replace(/:\d+$/, ':' + index);
            });
        });
    }
    Sortable.create(body, { handle: '.crm-stage-handle', animation: 120, onEnd: renumber });
})();
