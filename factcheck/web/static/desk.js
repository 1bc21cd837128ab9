// The desk's keyboard: j/k move between claims, c/d/u choose a status, / goes to search.
// Everything also works without it, with plain links and forms.
(function () {
  "use strict";
  var KEYS = { c: "confirmed", d: "disputed", u: "unverified" };

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-claim]")).filter(function (el) {
      return el.getAttribute("data-claim");
    });
  }

  function current() {
    return document.querySelector("[data-claim].current");
  }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var at = all.indexOf(current());
    var next = all[Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + step))];
    if (at >= 0) all[at].classList.remove("current");
    next.classList.add("current");
    var link = next.matches("a") ? next : next.querySelector("a.claim-link");
    (link || next).focus();
    next.scrollIntoView({ block: "nearest" });
  }

  function choose(status) {
    var radio = document.querySelector('form.mark input[name="status"][value="' + status + '"]');
    if (radio) {
      radio.checked = true;
      var note = document.getElementById("note");
      (note || radio).focus();
      return;
    }
    var row = current() || (document.activeElement && document.activeElement.closest("[data-claim]"));
    if (row && row.getAttribute("data-claim")) {
      window.location.href = "/claims/" + row.getAttribute("data-claim") + "?mark=" + status;
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (KEYS[event.key]) { choose(KEYS[event.key]); event.preventDefault(); }
    else if (event.key === "/") {
      var search = document.getElementById("q");
      if (search) { search.focus(); search.select(); } else { window.location.href = "/#q"; }
      event.preventDefault();
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (window.location.hash === "#q") {
      var search = document.getElementById("q");
      if (search) search.focus();
    }
  });
})();
