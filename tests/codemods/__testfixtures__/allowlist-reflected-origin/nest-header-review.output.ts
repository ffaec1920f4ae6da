// Static NestJS @Header decorators: nothing to rewrite safely, so each problem is marked for review above its handler.
import { Controller, Get, Header } from '@nestjs/common';
@Controller('me')
export class MeController {
  // cors-codemod: review: send a specific allowed origin instead of `*`, or drop credentials for a public resource
  @Get()
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Access-Control-Allow-Credentials', 'true')
  me() { return { name: 'alice' }; }

  @Get('x')
  @Header('Access-Control-Allow-Origin', 'https://a.example.com, https://b.example.com')
  x() { return 1; }
}
