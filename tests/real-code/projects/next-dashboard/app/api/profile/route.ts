import { NextResponse, type NextRequest } from 'next/server';
import { getProfile } from '@/lib/profile';

export async function GET(request: NextRequest) {
  const origin = request.headers.get('origin');
  const profile = await getProfile(request.cookies.get('session')?.value);
  return NextResponse.json(profile, {
    headers: {
      'Access-Control-Allow-Origin': origin ?? '*',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}
