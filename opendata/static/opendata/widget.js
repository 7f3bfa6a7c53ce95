// Inside the widget's iframe: tell the embedding page how tall the content is, so that
// whatson.js can size the iframe without a scrollbar. Only a number is sent.
(function () {
    "use strict";
    if (window.parent === window) {
        return;
    }
    function report() {
        // The content's own height (scrollHeight would never report less than the frame).
        var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        window.parent.postMessage({ whatsonHeight: height }, "*");
    }
    window.addEventListener("load", report);
    window.addEventListener("resize", report);
})();
