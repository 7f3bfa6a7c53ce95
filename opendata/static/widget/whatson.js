/*
 * "What's on" for other sites: paste
 *   <script src="https://<this site>/static/widget/whatson.js"
 *           data-center="complex-01" data-lang="vi" data-limit="5"></script>
 * and the next events of that center (or of the whole network, without data-center)
 * appear in an iframe right after the script. Optional: data-category, data-sector,
 * data-free="1", data-title (the iframe's accessible name), data-height (initial px).
 */
(function () {
    "use strict";
    var script = document.currentScript;
    if (!script || !script.src) {
        return;
    }
    var data = script.dataset;
    var origin = new URL(script.src, window.location.href).origin;
    var lang = data.lang === "en" ? "en" : "vi";
    var params = new URLSearchParams();
    ["center", "category", "sector", "free", "limit"].forEach(function (name) {
        if (data[name]) {
            params.set(name, data[name]);
        }
    });
    var frame = document.createElement("iframe");
    frame.src = origin + "/" + lang + "/widget/events/" + (params.toString() ? "?" + params : "");
    frame.title = data.title || (lang === "en" ? "What's on" : "Sự kiện sắp diễn ra");
    frame.loading = "lazy";
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = (parseInt(data.height, 10) || 420) + "px";
    script.parentNode.insertBefore(frame, script.nextSibling);
    window.addEventListener("message", function (event) {
        if (event.origin !== origin || event.source !== frame.contentWindow) {
            return;
        }
        var height = event.data && Number(event.data.whatsonHeight);
        if (height > 0 && height < 10000) {
            frame.style.height = Math.ceil(height) + "px";
        }
    });
})();
