// Forms and buttons marked data-confirm ask before they act (deletes, bulk actions, feature changes).
document.addEventListener('submit', function (event) {
    var form = event.target;
    var message = form.getAttribute('data-confirm') || (event.submitter && event.submitter.getAttribute('data-confirm'));
    if (message && !window.confirm(message)) event.preventDefault();
});
