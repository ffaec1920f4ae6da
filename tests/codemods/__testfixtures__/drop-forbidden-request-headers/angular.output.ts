import { Injectable, inject } from '@angular/core';
import { HttpClient, HttpHeaders, type HttpInterceptorFn } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class OrdersService {
  private readonly http = inject(HttpClient);

  list() {
    let headers = new HttpHeaders({ Accept: 'application/json' });
    return this.http.get('/api/orders', { headers, withCredentials: true });
  }

  create(order: unknown) {
    return this.http.post('/api/orders', order, { headers: { 'Content-Type': 'application/json' } });
  }
}

export const refererInterceptor: HttpInterceptorFn = (req, next) =>
  next(req.clone({}));
