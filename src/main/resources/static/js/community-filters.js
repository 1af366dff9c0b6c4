// Choosing a province (or a regency) applies it at once, so the page comes back offering that
// province's regencies; without JavaScript the Search button does the same.
document.querySelectorAll('select[data-submit-on-change]').forEach(select => {
  select.addEventListener('change', () => select.form.requestSubmit());
});
