// A legacy page script: jQuery requests that try to set headers the browser owns.
$.ajaxSetup({ headers: { Cookie: document.cookie } });

$.ajax({
  url: '/api/orders',
  headers: { Origin: 'https://app.example.com', Accept: 'application/json' },
  xhrFields: { withCredentials: true },
});

jQuery.ajax('/api/profile', {
  beforeSend(xhr) {
    xhr.setRequestHeader('Referer', window.location.href);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
  },
});
