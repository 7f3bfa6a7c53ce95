// Suggestions as you type: fill the header form's datalist from the autocomplete endpoint.
(function () {
  "use strict";
  var form = document.querySelector("form.site-search[data-autocomplete]");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var list = form.querySelector("datalist");
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    var value = input.value.trim();
    if (value.length < 2) { return; }
    timer = setTimeout(function () {
      fetch(form.dataset.autocomplete + "?q=" + encodeURIComponent(value))
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) {
          list.replaceChildren.apply(list, data.results.map(function (item) {
            var option = document.createElement("option");
            option.value = item.title;
            // What the suggestion is and where: the same title at two centers reads apart.
            option.label = item.center ? item.type + " · " + item.center : item.type;
            return option;
          }));
        })
        .catch(function () {});
    }, 200);
  });
})();
