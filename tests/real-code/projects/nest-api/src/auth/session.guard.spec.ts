import { SessionGuard } from './session.guard';
import { auth } from './auth';

describe('SessionGuard', () => {
  it('passes the session cookie to better-auth', async () => {
    const getSession = jest.spyOn(auth.api, 'getSession').mockResolvedValue(null);
    const guard = new SessionGuard();
    const context = { switchToHttp: () => ({ getRequest: () => ({ headers: { cookie: 'token=abc' } }) }) };
    await expect(guard.canActivate(context as never)).rejects.toThrow();
    expect(getSession).toHaveBeenCalledWith({ headers: new Headers({ cookie: 'token=abc' }) });
  });
});
