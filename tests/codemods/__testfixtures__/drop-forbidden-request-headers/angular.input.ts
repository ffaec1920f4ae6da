import { Injectable, inject } from '@angular/core';
import { HttpClient, HttpHeaders, type HttpInterceptorFn } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class OrdersService {
  private readonly http = inject(HttpClient);

  list() {
    let headers = new HttpHeaders({ Accept: 'application/json' });
    headers = headers.set('Origin', 'https://app.example.com');
    return this.http.get('/api/orders', { headers, withCredentials: true });
  }

  create(order: unknown) {
    return this.http.post('/api/orders', order, { headers: { Cookie: document.cookie, 'Content-Type': 'application/json' } });
  }
}

export const refererInterceptor: HttpInterceptorFn = (req, next) =>
  next(req.clone({ setHeaders: { Referer: window.location.href } }));
