import express from 'express';

const allowed = new Set(['https://app.example.com']);
const app = express();

app.get('/data', (req, res) => res.set('Access-Control-Allow-Origin', allowed.has(req.get('origin') ?? '') ? req.get('origin') : '').json({}));
