// The merged PDF's estimated size as the user ticks items: over 10 MB, the page says so and will
// not download; without JavaScript "Check choice" asks the server the same.
(() => {
  const form = document.getElementById('pdf-form');
  if (!form) {
    return;
  }
  const limit = Number(form.dataset.limit);
  const reserve = Number(form.dataset.reserve);
  const size = document.getElementById('pdf-size');
  const over = document.getElementById('pdf-over');
  const button = document.getElementById('pdf');
  const update = () => {
    let total = reserve;
    form.querySelectorAll('input.include').forEach(box => {
      if (box.checked) {
        total += Number(box.dataset.bytes);
      }
    });
    const mb = (total / 1048576).toLocaleString(document.documentElement.lang || 'id',
      { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    size.textContent = size.dataset.text.replace('{0}', mb);
    over.hidden = total <= limit;
    button.disabled = total > limit;
  };
  form.addEventListener('change', update);
  update();
})();
