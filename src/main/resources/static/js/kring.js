// Small page helpers, loaded as a file so the Content-Security-Policy can forbid inline script.
(function () {
  "use strict";
  // htmx requests that change state carry the CSRF token, like every form does.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Copy buttons (e.g. a new access token): the text stays selectable for keyboard users too.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) { return; }
    var target = document.getElementById(button.getAttribute("data-copy-target"));
    if (target && navigator.clipboard) {
      navigator.clipboard.writeText(target.textContent.trim());
      var done = button.getAttribute("data-copied-label");
      if (done) { button.textContent = done; }
    }
  });
})();

// A "print" button (the invitation letter): the inline handler the content security policy forbids, as a listener.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-kring-print]');
  if (button) {
    window.print();
  }
});
