// The deals board: drag a card to another column to move the deal. The server validates the move; on
// success the two columns' figures are replaced with the server's, on refusal the card goes back where
// it was and the reason is shown. Dropping on a closed column first asks for the close reason.
(function () {
    'use strict';
    var board = document.getElementById('deal-board');
    if (!board || board.getAttribute('data-can-move') !== 'true' || typeof Sortable === 'undefined') return;

    var message = document.getElementById('board-message');
    var status = document.getElementById('board-status');
    var dialogElement = document.getElementById('close-deal-dialog');
    var dialog = dialogElement ? bootstrap.Modal.getOrCreateInstance(dialogElement) : null;
    var form = document.getElementById('close-deal-form');
    var reason = document.getElementById('close-reason');
    var competitor = document.getElementById('close-competitor');
    var competitorGroup = document.getElementById('competitor-group');
    var summary = document.getElementById('close-deal-summary');
    var pendingClose = null;

    // The layout puts the antiforgery token in <body hx-headers>; fetch sends it the same way htmx does.
    function antiforgeryHeaders() {
        try { return JSON.parse(document.body.getAttribute('hx-headers') || '{}'); } catch (e) { return {}; }
    }

    function showError(text) {
        message.textContent = text;
        message.classList.remove('d-none');
    }

    function clearError() {
        message.textContent = '';
        message.classList.add('d-none');
    }

    function announce(text) { status.textContent = text; }

    // Puts the card back at its old position in its old column.
    function putBack(move) {
        var list = move.from;
        var before = list.children[move.oldIndex] || null;
        if (before === move.item) before = before.nextSibling;
        list.insertBefore(move.item, before);
    }

    function columnOf(list) { return list.closest('.crm-board-column'); }

    function updateColumns(columns) {
        (columns || []).forEach(function (c) {
            var column = board.querySelector('.crm-board-column[data-stage-id="' + CSS.escape(c.stageId) + '"]');
            if (!column) return;
            column.querySelector('[data-total="count"]').textContent = c.count;
            column.querySelector('[data-total="total"]').textContent = c.total;
            column.querySelector('[data-total="weighted"]').textContent = c.weightedTotal;
        });
    }

    function send(move, extra) {
        var card = move.item;
        var id = card.getAttribute('data-deal-id');
        var body = new URLSearchParams();
        body.set('stageId', move.to.getAttribute('data-stage-id'));
        body.set('rowVersion', card.getAttribute('data-row-version') || '');
        if (extra) Object.keys(extra).forEach(function (k) { body.set(k, extra[k]); });
        var headers = antiforgeryHeaders();
        headers['Content-Type'] = 'application/x-www-form-urlencoded';
        headers['Accept'] = 'application/json';
        card.classList.add('crm-moving');
        clearError();
        var url = board.getAttribute('data-move-url').replace('{id}', encodeURIComponent(id));
        return fetch(url, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
            .then(function (response) {
                return response.json().catch(function () { return { message: 'The server answered ' + response.status + '.' }; })
                    .then(function (data) { return { ok: response.ok, data: data }; });
            })
            .then(function (result) {
                card.classList.remove('crm-moving');
                if (!result.ok) {
                    putBack(move);
                    showError(result.data.message || 'The deal could not be moved.');
                    return result;
                }
                if (result.data.card) card.setAttribute('data-row-version', result.data.card.rowVersion);
                updateColumns(result.data.columns);
                var name = card.querySelector('a').textContent;
                announce(name + ' moved to ' + columnOf(move.to).querySelector('h2').firstChild.textContent.trim() + '.');
                return result;
            })
            .catch(function () {
                card.classList.remove('crm-moving');
                putBack(move);
                showError('The deal could not be moved: the server did not answer.');
                return { ok: false, data: {} };
            });
    }

    function askForReason(move) {
        var closed = columnOf(move.to).getAttribute('data-closed');
        var reasons = JSON.parse(reason.getAttribute(closed === 'won' ? 'data-won-reasons' : 'data-lost-reasons') || '[]');
        reason.innerHTML = '';
        var placeholder = document.createElement('option');
        placeholder.value = '';
        placeholder.textContent = 'Choose a reason';
        reason.appendChild(placeholder);
        reasons.forEach(function (r) {
            var option = document.createElement('option');
            option.value = r;
            option.textContent = r;
            reason.appendChild(option);
        });
        competitor.value = '';
        competitorGroup.classList.toggle('d-none', closed !== 'lost');
        form.querySelectorAll('.is-invalid').forEach(function (e) { e.classList.remove('is-invalid'); });
        summary.textContent = move.item.querySelector('a').textContent + ' → ' + columnOf(move.to).querySelector('h2').firstChild.textContent.trim();
        document.getElementById('close-deal-title').textContent = closed === 'won' ? 'Close the deal as won' : 'Close the deal as lost';
        pendingClose = { move: move, closed: closed };
        dialog.show();
    }

    function fieldError(field, text) {
        var input = field === 'competitor' ? competitor : reason;
        input.classList.add('is-invalid');
        form.querySelector('[data-error-for="' + (field === 'competitor' ? 'competitor' : 'closeReason') + '"]').textContent = text;
    }

    if (form) {
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!pendingClose) return;
            form.querySelectorAll('.is-invalid').forEach(function (e) { e.classList.remove('is-invalid'); });
            if (!reason.value) { fieldError('closeReason', 'Choose a close reason.'); return; }
            if (pendingClose.closed === 'lost' && !competitor.value.trim()) { fieldError('competitor', 'Enter who the deal was lost to.'); return; }
            var current = pendingClose;
            var extra = { closeReason: reason.value };
            if (current.closed === 'lost') extra.competitor = competitor.value.trim();
            // Keep the dialog open while the server decides: a refused reason is shown beside its field.
            send(current.move, extra).then(function (result) {
                if (result.ok) { pendingClose = null; dialog.hide(); return; }
                var errors = (result.data && result.data.errors) || [];
                var shown = false;
                errors.forEach(function (e) {
                    var f = (e.field || '').toLowerCase();
                    if (f.indexOf('competitor') >= 0) { fieldError('competitor', e.message); shown = true; }
                    else if (f.indexOf('closereason') >= 0 || f.indexOf('reason') >= 0) { fieldError('closeReason', e.message); shown = true; }
                });
                if (shown) {
                    // The card went back; it moves again when the corrected form is sent.
                    current.move.to.appendChild(current.move.item);
                } else { pendingClose = null; dialog.hide(); }
            });
        });
        dialogElement.addEventListener('hidden.bs.modal', function () {
            // Cancelled (or closed with Escape): the deal stays where it was.
            if (pendingClose) { putBack(pendingClose.move); pendingClose = null; announce('Move cancelled.'); }
        });
    }

    board.querySelectorAll('.crm-deal-cards').forEach(function (list) {
        Sortable.create(list, {
            group: 'deals',
            animation: 120,
            // Mouse and touch events rather than native drag and drop: the same on every browser, and a
            // click on the deal's link still opens it.
            forceFallback: true,
            fallbackTolerance: 4,
            onEnd: function (event) {
                if (event.from === event.to) return;
                var move = { item: event.item, from: event.from, to: event.to, oldIndex: event.oldIndex };
                if (columnOf(event.to).getAttribute('data-closed')) askForReason(move);
                else send(move);
            },
        });
    });
})();
