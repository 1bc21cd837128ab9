// The desk's own script: keys and marking in place. Without it every page still works with
// plain links and forms (a claim is marked on its own page).
//   j/k      move between the claims of a page (queue rows, an article's figures)
//   c/d      confirm/dispute the focused claim: a small form opens under it for a note or an
//            evidence link (a verdict needs a source unless the config relaxes it); Enter saves,
//            Esc cancels
//   x        dismiss the focused claim (not a claim at all): the same form, for the reason
//   u        mark the focused claim unverified at once
//   n        a note or an evidence link on the focused claim, its status unchanged (same form)
//   /        search;  ?  the list of keys
// A mark is a fetch POST with the session's CSRF token asking for JSON; the answer updates the
// claim's status wherever the page shows it and is read out in the live region.
(function () {
  "use strict";
  var KEYS = { c: "confirmed", d: "disputed", u: "unverified", x: "dismissed", n: "note" };
  var VERB = {
    confirmed: "Confirm", disputed: "Dispute", unverified: "Mark unverified", dismissed: "Dismiss",
    note: "Add note"
  };
  var NOTE = "note";  // not a status: a history event that leaves the status as it is

  function route(claimId, action) {
    return "/claims/" + claimId + (action === NOTE ? "/note" : "/mark");
  }

  // Keys typed into a field, the note form or the keys' list are theirs, not shortcuts.
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" ||
      (target && target.isContentEditable) ||
      Boolean(target && target.closest && target.closest("dialog[open], .inline-mark"));
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("[data-claim]")).filter(function (el) {
      return el.getAttribute("data-claim");
    });
  }

  function current() {
    return document.querySelector("[data-claim].current");
  }

  function linkOf(row) {
    return row.matches("a") ? row : row.querySelector("a.claim-link") || row;
  }

  function setCurrent(row) {
    var before = current();
    if (before && before !== row) before.classList.remove("current");
    row.classList.add("current");
  }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var at = all.indexOf(current());
    var next = all[Math.max(0, Math.min(all.length - 1, at < 0 ? 0 : at + step))];
    setCurrent(next);
    linkOf(next).focus();
    next.scrollIntoView({ block: "nearest" });
  }

  function announce(text) {
    var region = document.getElementById("announce");
    if (!region) return;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = text; }, 30);
  }

  function post(path, fields) {
    var body = new URLSearchParams();
    Object.keys(fields).forEach(function (name) { body.append(name, fields[name]); });
    return fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-CSRF-Token": document.body.getAttribute("data-csrf") },
      body: body
    }).then(function (response) {
      return response.json().catch(function () {
        return { error: "the desk answered " + response.status + ": reload the page" };
      }).then(function (data) {
        return { ok: response.ok, code: response.status, data: data };
      });
    }, function () {
      return { ok: false, code: 0, data: { error: "the desk cannot be reached: nothing was saved" } };
    });
  }

  // Show a claim's status wherever this page shows that claim.
  function showStatus(claimId, status) {
    document.querySelectorAll('[data-claim="' + claimId + '"]').forEach(function (el) {
      el.setAttribute("data-status", status);
      el.querySelectorAll(".status").forEach(function (badge) {
        badge.textContent = status;
        badge.className = "status status-" + status;
      });
      if (el.matches("a")) {
        el.className = el.className.replace(/\bstatus-\w+/, "status-" + status);
        el.title = "claim " + claimId + ": " + status;
      }
    });
    var form = document.querySelector('form.mark[data-mark-for="' + claimId + '"]');
    if (form) {
      form.querySelector('input[name="expect"]').value = status;
      var now = form.querySelector(".now");
      if (now) now.textContent = status;
      var heading = document.querySelector("#claim-heading .status");
      if (heading) {
        heading.textContent = status;
        heading.className = "status status-" + status;
      }
    }
  }

  function applied(result, claimId) {
    if (result.data.status) showStatus(claimId, result.data.status);
    (result.data.changed || []).forEach(function (id) { showStatus(id, result.data.status); });
    if (result.data.history !== undefined) {
      var history = document.getElementById("history");
      if (history) history.innerHTML = result.data.history;  // rendered by the server, escaped
    }
  }

  function showError(holder, text) {
    var box = holder.querySelector(".message");
    if (!box) {
      box = document.createElement("p");
      box.className = "message";
      box.setAttribute("role", "alert");
      holder.insertBefore(box, holder.firstChild);
    }
    box.textContent = text;
  }

  // ---- the small form under a row: c/d ----

  function closeInline(returnFocus) {
    var open = document.querySelector(".inline-mark");
    if (!open) return;
    var row = document.querySelector('[data-claim="' + open.getAttribute("data-for") + '"].current');
    open.parentNode.removeChild(open);
    if (returnFocus && row) linkOf(row).focus();
  }

  function field(form, labelText, name, type, id) {
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = labelText;
    var input = document.createElement("input");
    input.type = type;
    input.name = name;
    input.id = id;
    input.setAttribute("dir", "auto");
    form.appendChild(label);
    form.appendChild(input);
    return input;
  }

  function hidden(form, name, value) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }

  function openInline(row, status) {
    closeInline(false);
    var claimId = row.getAttribute("data-claim");
    var holder;
    if (row.tagName === "TR") {
      holder = document.createElement("tr");
      var cell = document.createElement("td");
      cell.colSpan = row.children.length;
      holder.appendChild(cell);
    } else {
      holder = document.createElement(row.tagName === "LI" ? "li" : "div");
    }
    holder.className = "inline-mark";
    holder.setAttribute("dir", "ltr");  // the desk's own words, also inside an Arabic article
    holder.setAttribute("lang", "en");
    holder.setAttribute("data-for", claimId);
    var form = document.createElement("form");
    form.method = "post";
    form.action = route(claimId, status);
    form.setAttribute("aria-label", VERB[status] + " claim " + claimId);
    hidden(form, "csrf", document.body.getAttribute("data-csrf"));
    if (status !== NOTE) hidden(form, "status", status);
    hidden(form, "expect", row.getAttribute("data-status") || "");
    var needed = document.body.getAttribute("data-require-source") === "1";
    var noteLabel = status === "dismissed" ? ": why it is not a claim (needed)" :
      status === NOTE ? ": the note (the status stays as it is)" :
      ": note" + (needed ? " (a note or an evidence link is needed)" : " (optional)");
    var note = field(form, VERB[status] + " claim " + claimId + noteLabel, "note", "text", "inline-note");
    field(form, "Evidence link", "evidence", "url", "inline-evidence");
    var save = document.createElement("button");
    save.type = "submit";
    save.textContent = VERB[status];
    var cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = "Cancel (Esc)";
    cancel.addEventListener("click", function () { closeInline(true); });
    form.appendChild(save);
    form.appendChild(cancel);
    (holder.firstChild || holder).appendChild(form);
    row.parentNode.insertBefore(holder, row.nextSibling);
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); closeInline(true); }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      save.disabled = true;
      post(route(claimId, status), {
        csrf: document.body.getAttribute("data-csrf"),
        status: status,
        expect: row.getAttribute("data-status") || "",
        note: note.value,
        evidence: form.querySelector('[name="evidence"]').value
      }).then(function (result) {
        save.disabled = false;
        applied(result, claimId);
        if (result.ok) {
          closeInline(true);
          announce(result.data.message);
        } else {
          showError(form, result.data.error);
          announce(result.data.error);
          note.focus();
        }
      });
    });
    note.focus();
  }

  // ---- u, and c/d/u on a claim's own page ----

  function markNow(row, status) {
    var claimId = row.getAttribute("data-claim");
    post(route(claimId, status), {
      csrf: document.body.getAttribute("data-csrf"),
      status: status,
      expect: row.getAttribute("data-status") || ""
    }).then(function (result) {
      applied(result, claimId);
      announce(result.ok ? result.data.message : result.data.error);
    });
  }

  function onClaimPage(status) {
    var form = document.querySelector("form.mark");
    if (form && status === NOTE) {
      document.getElementById("note").focus();
      return true;
    }
    var radio = form && form.querySelector('input[name="status"][value="' + status + '"]');
    if (!radio) return false;
    radio.checked = true;
    if (status === "unverified") {
      form.requestSubmit();
    } else {
      document.getElementById("note").focus();
    }
    return true;
  }

  function mark(status) {
    var known = (document.body.getAttribute("data-statuses") || "").split(" ");
    if (status !== NOTE && known.indexOf(status) < 0) return;
    if (!document.body.getAttribute("data-editor")) {
      announce("your account is read-only");
      return;
    }
    if (onClaimPage(status)) return;
    var row = current() || (document.activeElement && document.activeElement.closest("[data-claim]"));
    if (!row || !row.getAttribute("data-claim")) {
      announce("no claim chosen: press j first");
      return;
    }
    setCurrent(row);
    if (status === "unverified") markNow(row, status);
    else openInline(row, status);
  }

  // The claim page's own form, sent in place; without the script it posts and redirects.
  function sendInPlace(form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var claimId = form.getAttribute("data-mark-for");
      var fields = {};
      new FormData(form).forEach(function (value, name) { fields[name] = value; });
      var button = event.submitter || form.querySelector('button[type="submit"]');
      var path = button.getAttribute("formaction") || form.getAttribute("action");
      button.disabled = true;
      post(path, fields).then(function (result) {
        button.disabled = false;
        applied(result, claimId);
        var old = document.querySelector("main .message");
        if (result.ok) {
          if (old) old.parentNode.removeChild(old);
          form.querySelector("#note").value = "";
          form.querySelector("#evidence").value = "";
          announce(result.data.message);
        } else {
          showError(document.querySelector("main"), result.data.error);
          announce(result.data.error);
        }
      });
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var dialog = document.getElementById("keys");
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (KEYS[event.key]) { mark(KEYS[event.key]); event.preventDefault(); }
    else if (event.key === "?") {
      if (dialog && !dialog.open) {
        var before = document.activeElement;
        dialog.addEventListener("close", function () {
          // Back to where the keys were asked for, at once: left on the closed list's button,
          // the focus would swallow the next key until the browser moves it.
          if (before && before !== document.body && document.contains(before)) before.focus();
          else if (document.activeElement) document.activeElement.blur();
        }, { once: true });
        dialog.showModal();
      }
      event.preventDefault();
    } else if (event.key === "/") {
      var search = document.getElementById("q");
      if (search) { search.focus(); search.select(); } else { window.location.href = "/#q"; }
      event.preventDefault();
    }
  });

  document.addEventListener("focusin", function (event) {
    var row = event.target.closest && event.target.closest("[data-claim]");
    if (row && row.getAttribute("data-claim")) setCurrent(row);
  });

  function start() {
    var form = document.querySelector("form.mark[data-mark-for]");
    if (form) sendInPlace(form);
    if (window.location.hash === "#q") {
      var search = document.getElementById("q");
      if (search) search.focus();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
