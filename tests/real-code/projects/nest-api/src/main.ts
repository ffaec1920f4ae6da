import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigService } from '@nestjs/config';
import { AppModule } from './app.module';
import { allowAllCors, allowlistCors } from './config/cors-options';

async function bootstrap() {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ trustProxy: true }));
  const config = app.get(ConfigService);
  const origins = config.get<string[]>('cors.origins') ?? [];

  app.enableCors(config.get<boolean>('cors.isDev') ? allowAllCors : origins.length > 0 ? allowlistCors(origins) : allowAllCors);
  app.setGlobalPrefix('api');
  await app.listen(config.get<number>('PORT') ?? 3000, '0.0.0.0');
}

void bootstrap();
