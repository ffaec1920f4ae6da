import express from 'express';
import cors from 'cors';

const app = express();

// Every page may call the API with the user's session.
app.use(
  cors({
    origin: true,
    credentials: true,
    methods: ['GET', 'POST'],
  }),
);

app.get('/me', (req, res) => {
  res.json({ user: 'alice' });
});

app.listen(3000);
