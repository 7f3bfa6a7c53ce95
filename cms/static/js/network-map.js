/* Network map and "open now", progressively enhanced.
 *
 * The page already lists every center and its opening hours; this script adds a Leaflet
 * map beside the list and computes "open now / closed now" in Hanoi time from the
 * browser's clock (a cached page cannot carry the server's "now"). Data comes from JSON
 * blocks in the page; no inline script, no CDN. Without tiles (a closed network, tests)
 * the markers still show on a plain background.
 */
(function () {
    "use strict";

    function readJson(id) {
        var node = document.getElementById(id);
        return node ? JSON.parse(node.textContent) : null;
    }

    function initMap(container) {
        if (typeof L === "undefined") { return; }
        var centers = readJson(container.getAttribute("data-map-source")) || [];
        var canvas = container.querySelector(".network-map__canvas");
        if (!canvas || centers.length === 0) { return; }
        container.classList.add("is-ready");
        L.Icon.Default.imagePath = container.getAttribute("data-icon-path");
        var map = L.map(canvas, { scrollWheelZoom: false });
        var tiles = container.getAttribute("data-tile-url");
        if (tiles) {
            L.tileLayer(tiles, {
                maxZoom: 19,
                attribution: container.getAttribute("data-tile-attribution") || ""
            }).addTo(map);
        }
        var bounds = [];
        centers.forEach(function (center) {
            var point = [center.lat, center.lng];
            bounds.push(point);
            var popup;
            if (center.items) {
                // Several places at one point (a center's spaces): one marker, a list.
                popup = document.createElement("div");
                var heading = document.createElement("strong");
                heading.textContent = center.name;
                var list = document.createElement("ul");
                center.items.forEach(function (item) {
                    var entry = document.createElement("li");
                    var itemLink = document.createElement("a");
                    itemLink.href = item.url;
                    itemLink.textContent = item.name;
                    entry.appendChild(itemLink);
                    list.appendChild(entry);
                });
                popup.appendChild(heading);
                popup.appendChild(list);
            } else {
                popup = document.createElement("a");
                popup.href = center.url;
                popup.textContent = center.name;
            }
            L.marker(point, { title: center.name, alt: center.name }).addTo(map).bindPopup(popup);
        });
        if (bounds.length === 1) {
            map.setView(bounds[0], 16);
        } else {
            map.fitBounds(bounds, { padding: [24, 24] });
        }
    }

    function hanoiNow() {
        var parts = new Intl.DateTimeFormat("en-GB", {
            timeZone: "Asia/Ho_Chi_Minh", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
        }).formatToParts(new Date());
        var values = {};
        parts.forEach(function (part) { values[part.type] = part.value; });
        var weekdays = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
        return { weekday: weekdays[values.weekday], minutes: parseInt(values.hour, 10) * 60 + parseInt(values.minute, 10) };
    }

    function toMinutes(text) {
        var bits = text.split(":");
        return parseInt(bits[0], 10) * 60 + parseInt(bits[1], 10);
    }

    function initOpenStatus(node) {
        var hours = readJson(node.getAttribute("data-hours-source")) || [];
        var now = hanoiNow();
        var open = hours.some(function (row) {
            return row[0] === now.weekday && toMinutes(row[1]) <= now.minutes && now.minutes < toMinutes(row[2]);
        });
        node.textContent = node.getAttribute(open ? "data-open-text" : "data-closed-text");
        node.classList.add(open ? "open-status--open" : "open-status--closed");
        node.hidden = false;
    }

    document.querySelectorAll("[data-network-map]").forEach(initMap);
    document.querySelectorAll("[data-open-status]").forEach(initOpenStatus);
}());
