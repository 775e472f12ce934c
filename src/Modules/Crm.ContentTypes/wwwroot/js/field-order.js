// Drag and drop of a type's fields: when a field is dropped in a new place, the whole order is posted
// (the up and down buttons do the same one step at a time, without a mouse).
(function () {
    var list = document.getElementById('crm-field-list');
    var form = document.getElementById('crm-field-order-form');
    if (!list || !form || typeof Sortable === 'undefined') return;

    Sortable.create(list, {
        handle: '.crm-drag-handle',
        animation: 150,
        onEnd: function (event) {
            if (event.oldIndex === event.newIndex) return;
            form.replaceChildren();
            list.querySelectorAll('[data-field-name]').forEach(function (item) {
                var input = document.createElement('input');
                input.type = 'hidden';
                input.name = 'order';
                input.value = item.getAttribute('data-field-name');
                form.appendChild(input);
            });
            // The antiforgery token: the layout puts it in hx-headers on the body.
            var headers = JSON.parse(document.body.getAttribute('hx-headers') || '{}');
            var token = document.createElement('input');
            token.type = 'hidden';
            token.name = '__RequestVerificationToken';
            token.value = headers.RequestVerificationToken || '';
            form.appendChild(token);
            form.submit();
        }
    });
})();
