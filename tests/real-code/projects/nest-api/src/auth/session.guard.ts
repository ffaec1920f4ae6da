import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { auth } from './auth';

@Injectable()
export class SessionGuard implements CanActivate {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const session = await auth.api.getSession({
      headers: new Headers({ cookie: request.headers.cookie ?? '' }),
    });
    if (!session) throw new UnauthorizedException();
    return true;
  }
}
