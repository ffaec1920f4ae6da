import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: { origin: [...allowedOrigins], credentials: true } });
  await app.listen(3000);
}
bootstrap();
