/* Upload a roster with a progress bar; the server's answer (the page with the import result) replaces this page. */
(function () {
  'use strict';
  document.querySelectorAll('form[data-progress]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      if (!window.XMLHttpRequest || !window.FormData) { return; }
      e.preventDefault();
      var bar = form.querySelector('progress'), text = form.querySelector('.progress-text');
      var button = form.querySelector('button[type=submit]');
      bar.hidden = false; text.hidden = false; button.disabled = true;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.onprogress = function (p) {
        if (p.lengthComputable) { bar.value = Math.round(p.loaded * 90 / p.total); text.textContent = bar.value + '%'; }
      };
      xhr.upload.onload = function () { bar.removeAttribute('value'); text.textContent = '…'; };
      xhr.onload = function () {
        document.open(); document.write(xhr.responseText); document.close();
        var result = document.getElementById('import-result');
        if (result) { result.scrollIntoView(); }
      };
      xhr.onerror = function () { button.disabled = false; text.textContent = '✕'; };
      xhr.send(new FormData(form));
    });
  });
})();
