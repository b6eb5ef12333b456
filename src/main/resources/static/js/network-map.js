// Network map editor: click to add, drag to move, keyboard to move, change and remove, and drafts
// that survive a crash. Every action is also a plain form on the page; this script only makes them
// quicker. No inline script is needed: the Content-Security-Policy forbids it.
(function () {
  "use strict";

  var STEP_ANGLE = 5;      // degrees per arrow key press
  var STEP_DISTANCE = 4;   // map units per arrow key press (the map's radius is 100)
  var OUTSIDE = 110;       // where a person dropped beyond the outer circle is kept
  var KEY_SAVE_DELAY = 600;

  function workspace() { return document.getElementById("map-workspace"); }

  function svgPoint(svg, clientX, clientY) {
    var point = svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    return point.matrixTransform(svg.getScreenCTM().inverse());
  }

  function toPosition(x, y) {
    var distance = Math.sqrt(x * x + y * y);
    var angle = distance === 0 ? 0 : Math.atan2(-y, x) * 180 / Math.PI;
    if (distance > 102) { distance = OUTSIDE; }
    return { angle: Math.max(-180, Math.min(180, angle)), distance: Math.min(120, distance) };
  }

  function toPoint(angle, distance) {
    var r = distance > 100 ? 108 : distance;
    var radians = angle * Math.PI / 180;
    return { x: r * Math.cos(radians), y: -r * Math.sin(radians) };
  }

  function sectorOf(angle) {
    if (angle < -90) { return "SCHOOL_WORK"; }
    if (angle < 0) { return "PROFESSIONALS"; }
    if (angle < 90) { return "FAMILY"; }
    return "FRIENDS";
  }

  function circleOf(distance) {
    if (distance > 100) { return "OUTSIDE"; }
    if (distance < 33.33) { return "INNER"; }
    if (distance < 66.67) { return "MIDDLE"; }
    return "OUTER";
  }

  function round(value) { return Math.round(value * 10) / 10; }

  // Draws a person at a new place, with the lines that belong to them.
  function place(svg, person, angle, distance) {
    var p = toPoint(angle, distance);
    var id = person.getAttribute("data-person-id");
    person.setAttribute("transform", "translate(" + round(p.x) + " " + round(p.y) + ")");
    person.setAttribute("data-angle", round(angle));
    person.setAttribute("data-distance", round(distance));
    svg.querySelectorAll('.kring-map__centre-tie[data-person-id="' + CSS.escape(id) + '"]').forEach(function (line) {
      line.setAttribute("x2", round(p.x));
      line.setAttribute("y2", round(p.y));
    });
    svg.querySelectorAll('.kring-map__tie[data-a="' + CSS.escape(id) + '"]').forEach(function (line) {
      line.setAttribute("x1", round(p.x));
      line.setAttribute("y1", round(p.y));
    });
    svg.querySelectorAll('.kring-map__tie[data-b="' + CSS.escape(id) + '"]').forEach(function (line) {
      line.setAttribute("x2", round(p.x));
      line.setAttribute("y2", round(p.y));
    });
  }

  function post(url, values) {
    var ws = workspace();
    values.revision = ws.getAttribute("data-revision");
    if (window.htmx) {
      window.htmx.ajax("POST", url, { target: "#map-workspace", select: "#map-workspace", swap: "outerHTML", values: values });
    } else {
      var form = document.createElement("form");
      form.method = "post";
      form.action = url;
      var token = document.querySelector('meta[name="csrf-token"]');
      values._csrf = token ? token.content : "";
      Object.keys(values).forEach(function (name) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = values[name];
        form.appendChild(input);
      });
      document.body.appendChild(form);
      form.submit();
    }
  }

  function saveMove(person) {
    var ws = workspace();
    var url = ws.getAttribute("data-move-url") + encodeURIComponent(person.getAttribute("data-person-id")) + "/move";
    post(url, { angle: person.getAttribute("data-angle"), distance: person.getAttribute("data-distance") });
  }

  // Clicking an empty spot prepares the person form for someone at that place.
  function prepareForm(position) {
    var form = document.getElementById("person-form");
    if (!form || form.querySelector('input[name="id"]').value) { return; }
    form.querySelector('[name="sector"]').value = sectorOf(position.angle);
    form.querySelector('[name="circle"]').value = circleOf(position.distance);
    form.querySelector('[name="angle"]').value = round(position.angle);
    form.querySelector('[name="distance"]').value = round(position.distance);
    var details = form.querySelector("details");
    if (details) { details.open = true; }
    saveDraft(form);
    form.querySelector('[name="name"]').focus();
  }

  function rowOf(id) {
    return document.querySelector('#persons-table tr[data-person-id="' + CSS.escape(id) + '"]');
  }

  // Keyboard actions replace the map, and the element that had the focus with it. This says where the
  // focus goes in the new map: the person who was moved, the edit form, or the undo button after a removal.
  var focusAfterSwap = null;
  var UNDO_BUTTON = '#map-workspace form[action$="/restore"] button[type="submit"]';

  function restoreFocus() {
    var wanted = focusAfterSwap;
    focusAfterSwap = null;
    if (!wanted) { return; }
    var active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) { return; } // they went on elsewhere meanwhile
    var target = wanted.person
      ? document.querySelector('#map-workspace .kring-person[data-person-id="' + CSS.escape(wanted.person) + '"]')
      : document.querySelector(wanted.selector);
    if (target) { target.focus(); }
  }

  function enhance() {
    var ws = workspace();
    if (!ws || ws.getAttribute("data-enhanced") === "true") { return; }
    ws.setAttribute("data-enhanced", "true");
    restoreDraft();
    var svg = ws.querySelector("svg.kring-map");
    if (!svg || ws.getAttribute("data-editable") !== "true") { return; }
    svg.classList.add("kring-map--editable");
    var dragging = null;
    var keyTimer = null;

    svg.addEventListener("pointerdown", function (event) {
      var person = event.target.closest(".kring-person");
      if (!person) { return; }
      dragging = { person: person, moved: false, pointer: event.pointerId };
      person.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    svg.addEventListener("pointermove", function (event) {
      if (!dragging || event.pointerId !== dragging.pointer) { return; }
      var p = svgPoint(svg, event.clientX, event.clientY);
      var position = toPosition(p.x, p.y);
      dragging.moved = true;
      place(svg, dragging.person, position.angle, position.distance);
    });
    svg.addEventListener("pointerup", function (event) {
      if (!dragging || event.pointerId !== dragging.pointer) { return; }
      var done = dragging;
      dragging = null;
      if (done.moved) {
        saveMove(done.person);
      } else {
        done.person.focus();
      }
    });
    svg.addEventListener("click", function (event) {
      if (event.target.closest(".kring-person")) { return; }
      var p = svgPoint(svg, event.clientX, event.clientY);
      prepareForm(toPosition(p.x, p.y));
    });
    svg.addEventListener("keydown", function (event) {
      var person = event.target.closest(".kring-person");
      if (!person) { return; }
      var angle = parseFloat(person.getAttribute("data-angle"));
      var distance = parseFloat(person.getAttribute("data-distance"));
      var id = person.getAttribute("data-person-id");
      switch (event.key) {
        case "ArrowLeft": angle = angle + STEP_ANGLE > 180 ? angle + STEP_ANGLE - 360 : angle + STEP_ANGLE; break;
        case "ArrowRight": angle = angle - STEP_ANGLE < -180 ? angle - STEP_ANGLE + 360 : angle - STEP_ANGLE; break;
        case "ArrowUp": distance = Math.max(1, distance - STEP_DISTANCE); break;
        case "ArrowDown": distance = Math.min(OUTSIDE, distance + STEP_DISTANCE); break;
        case "Enter":
        case " ": {
          var edit = rowOf(id) && rowOf(id).querySelector("a");
          if (edit) { event.preventDefault(); focusAfterSwap = { selector: "#person-name" }; edit.click(); }
          return;
        }
        case "Delete":
        case "Backspace": {
          var remove = rowOf(id) && rowOf(id).querySelector("form button");
          if (remove) { event.preventDefault(); focusAfterSwap = { selector: UNDO_BUTTON }; remove.click(); }
          return;
        }
        default: return;
      }
      event.preventDefault();
      place(svg, person, angle, distance);
      window.clearTimeout(keyTimer);
      keyTimer = window.setTimeout(function () {
        focusAfterSwap = { person: id };
        saveMove(person);
      }, KEY_SAVE_DELAY);
    });
  }

  // Drafts: what is typed in the person form is kept in this browser until the server has it.
  function draftKey(form) {
    var ws = workspace();
    return ws ? ws.getAttribute("data-draft-key") + ":" + form.getAttribute("data-draft-id") : null;
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.type !== "hidden" && el.type !== "submit";
    });
  }

  function saveDraft(form) {
    var key = draftKey(form);
    if (!key || !window.localStorage) { return; }
    var values = {};
    fields(form).forEach(function (el) {
      values[el.name] = el.type === "checkbox" ? el.checked : el.value;
    });
    try { window.localStorage.setItem(key, JSON.stringify(values)); } catch (e) { /* storage full or off */ }
  }

  function restoreDraft() {
    var form = document.getElementById("person-form");
    if (!form || !window.localStorage) { return; }
    var key = draftKey(form);
    var stored = key && window.localStorage.getItem(key);
    if (!stored) { return; }
    var values;
    try { values = JSON.parse(stored); } catch (e) { window.localStorage.removeItem(key); return; }
    var changed = false;
    fields(form).forEach(function (el) {
      if (!(el.name in values)) { return; }
      if (el.type === "checkbox") {
        if (el.checked !== values[el.name]) { el.checked = values[el.name]; changed = true; }
      } else if (el.value !== values[el.name]) {
        el.value = values[el.name];
        changed = true;
      }
    });
    var notice = document.getElementById("draft-restored");
    if (changed && notice) { notice.hidden = false; }
  }

  function clearDraft(form) {
    var key = draftKey(form);
    if (key && window.localStorage) { window.localStorage.removeItem(key); }
  }

  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("#person-form");
    if (form) { saveDraft(form); }
  });
  document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("#person-form");
    if (form) { saveDraft(form); }
  });
  // The person form has a field named "id", which hides the form's own id property (form.id is that
  // field), so the form is recognised by its attribute.
  function isPersonForm(element) {
    return !!element && element.nodeType === 1 && element.getAttribute("id") === "person-form";
  }

  // A saved form ends in a redirect (2xx after htmx follows it); refused forms answer 400 or 409 and keep the draft.
  // The draft goes before the answer replaces the form, so that the fresh form is not filled with it again.
  // (Not on htmx:afterRequest: by then the form is gone from the page, and the event that reaches the
  // document names a surviving ancestor as its element instead of the form.)
  document.addEventListener("htmx:beforeSwap", function (event) {
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (isPersonForm(source) && event.detail.xhr && event.detail.xhr.status < 400) {
      clearDraft(source);
    }
  });
  document.addEventListener("submit", function (event) {
    if (isPersonForm(event.target) && !window.htmx) {
      // without htmx the page reloads; the draft is cleared when the saved page shows no errors
      window.sessionStorage && window.sessionStorage.setItem("kring-submitted", draftKey(event.target));
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var submitted = window.sessionStorage && window.sessionStorage.getItem("kring-submitted");
    if (submitted && !document.querySelector("#map-workspace .utrecht-alert--error, #conflict")) {
      window.localStorage.removeItem(submitted);
    }
    if (window.sessionStorage) { window.sessionStorage.removeItem("kring-submitted"); }
    enhance();
  });
  document.addEventListener("htmx:load", function () {
    enhance();
    restoreFocus();
  });
})();
