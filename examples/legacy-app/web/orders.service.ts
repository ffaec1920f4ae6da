import { Injectable, inject } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class OrdersService {
  private readonly http = inject(HttpClient);

  list() {
    // Browsers drop these: the server never sees this Origin or Referer.
    const headers = new HttpHeaders({ Origin: 'https://app.example.com', Accept: 'application/json' }).set('Referer', location.href);
    return this.http.get('https://api.example.com/orders', { headers, withCredentials: true });
  }
}
