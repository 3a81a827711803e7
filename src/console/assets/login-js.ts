/** The sign-in form: username and password go to the server once; a session id comes back as an httpOnly cookie. */
export const loginJs = String.raw`
(function () {
  'use strict';
  var form = document.getElementById('login-form');
  var error = document.getElementById('login-error');
  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    error.hidden = true;
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      var res = await QA.api('/console/session', {
        method: 'POST',
        noRedirect: true,
        body: {
          username: document.getElementById('username').value.trim(),
          password: document.getElementById('password').value,
          next: document.getElementById('next').value || undefined },
      });
      location.href = res.home;
    } catch (err) {
      error.textContent = err.status === 401 ? '用户名或密码错误，请核对后重试。'
        : err.status === 429 ? '尝试次数过多，请稍后再试。'
        : err.status === 403 ? '此账号不能使用控制台（坐席请使用外呼系统）。'
        : err.message;
      error.hidden = false;
      button.disabled = false;
    }
  });
})();
`;
