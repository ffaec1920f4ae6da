// A legacy page script: jQuery requests that try to set headers the browser owns.
$.ajaxSetup({});

$.ajax({
  url: '/api/orders',
  headers: { Accept: 'application/json' },
  xhrFields: { withCredentials: true },
});

jQuery.ajax('/api/profile', {
  beforeSend(xhr) {
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
  },
});
