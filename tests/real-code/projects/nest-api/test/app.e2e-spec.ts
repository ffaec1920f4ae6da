import { Test } from '@nestjs/testing';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../src/app.module';

describe('billing (e2e)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  it('GET /api/invoices needs a session', async () => {
    const headers = new Headers({ cookie: 'better-auth.session_token=abc', host: 'billing.internal' });
    const response = await app.inject({ method: 'GET', url: '/api/invoices', headers: Object.fromEntries(headers) });
    expect(response.statusCode).toBe(200);
  });

  afterAll(() => app.close());
});
