// Inside the widget's iframe: tell the embedding page how tall the content is, so that
// whatson.js can size the iframe without a scrollbar. Only a number is sent.
(function () {
    "use strict";
    if (window.parent === window) {
        return;
    }
    function report() {
        window.parent.postMessage({ whatsonHeight: document.documentElement.scrollHeight }, "*");
    }
    window.addEventListener("load", report);
    window.addEventListener("resize", report);
})();
