// The inquiry form came back with problems (or a warning about its dates): put the
// keyboard and screen reader on that box, and let its links put them on the field they
// name, as GOV.UK's error summary does. Without this script the box's autofocus
// attribute does the first part in browsers that honour it on any element.
(function () {
    "use strict";
    var box = document.querySelector("[data-inquiry-notice]");
    if (!box) {
        return;
    }
    if (document.activeElement !== box) {
        box.focus();
    }
    box.addEventListener("click", function (event) {
        var link = event.target.closest('a[href^="#"]');
        var field = link && document.getElementById(link.getAttribute("href").slice(1));
        if (!field) {
            return;
        }
        event.preventDefault();
        var label = document.querySelector('label[for="' + field.id + '"]');
        (label || field).scrollIntoView({ block: "start" });
        field.focus({ preventScroll: true });
    });
})();
