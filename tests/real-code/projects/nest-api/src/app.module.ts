import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import corsConfig from './config/cors.config';
import { AuthModule } from './auth/auth.module';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, load: [corsConfig] }), AuthModule],
})
export class AppModule {}
