/* The static site's search (esfgraph site): the names and numbers in search-index.js, searched
   in the browser as the server searches them: every word of the query in the name or number,
   or six digits or more of a number; organisations first, at most 50. Works from disk too. */
(function () {
  "use strict";
  var index = window.ESFGRAPH_INDEX || [];
  var words = JSON.parse(document.getElementById("search-words").textContent);
  var q = new URLSearchParams(window.location.search).get("q");
  if (q === null) { return; }
  document.getElementById("q").value = q;
  var wanted = q.toLowerCase().replace(/-/g, " ").split(/\s+/).filter(Boolean);
  var digits = q.replace(/\D/g, "");
  var list = document.querySelector("#results ul.hits");
  var found = 0;
  for (var i = 0; i < index.length && found < 50 && wanted.length; i++) {
    var e = index[i], key = (e[0] + " " + e[1]).toLowerCase(), plain = key.replace(/-/g, " ");
    var hit = wanted.every(function (w) { return plain.indexOf(w) >= 0; }) ||
      (digits.length >= 6 && key.replace(/-/g, "").indexOf(digits) >= 0);
    if (!hit) { continue; }
    found++;
    var li = document.createElement("li"), a = document.createElement("a");
    li.className = "hit " + e[2];
    a.href = e[3];
    a.textContent = e[0];
    li.appendChild(a);
    if (e[1]) {
      var n = document.createElement("span");
      n.className = "number";
      n.textContent = e[1];
      li.appendChild(document.createTextNode(" "));
      li.appendChild(n);
    }
    var k = document.createElement("span");
    k.className = "kind";
    k.textContent = words[e[2]];
    li.appendChild(document.createTextNode(" "));
    li.appendChild(k);
    list.appendChild(li);
  }
  document.getElementById("results").hidden = false;
  document.querySelector("#results .none").hidden = found > 0;
})();
