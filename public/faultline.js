// Faultline progressive enhancement shared by every page: copy buttons.
// The pages work without this file; it only reveals the copy buttons and wires them up.
(function () {
  'use strict';

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy failed')); }
    });
  }

  function setupCopyButtons() {
    var buttons = document.querySelectorAll('button[data-copy-target]');
    buttons.forEach(function (button) {
      var target = document.getElementById(button.getAttribute('data-copy-target'));
      if (!target) return;
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = target.textContent;
        copyText(text).then(function () {
          button.setAttribute('data-copied', 'true');
          button.textContent = 'Copied';
          window.setTimeout(function () {
            button.removeAttribute('data-copied');
            button.textContent = label;
          }, 2000);
        }, function () {
          button.textContent = 'Select and copy manually';
          var range = document.createRange();
          range.selectNodeContents(target);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        });
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setupCopyButtons);
  } else {
    setupCopyButtons();
  }
})();
