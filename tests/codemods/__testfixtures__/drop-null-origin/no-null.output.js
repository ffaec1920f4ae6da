import cors from 'cors';

// A string that merely contains "null" is not the null origin.
const labels = ['null', 'undefined'];
export const middleware = cors({ origin: ['https://app.example.com', 'https://admin.example.com'] });
export { labels };
