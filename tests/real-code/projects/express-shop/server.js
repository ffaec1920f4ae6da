require('dotenv').config();
const express = require('express');
const cors = require('cors');
const cookieParser = require('cookie-parser');
const corsOptions = require('./config/corsOptions');
const credentials = require('./middleware/credentials');
const partnerCors = require('./middleware/partnerCors');
const widgetRoutes = require('./routes/widget');

const PORT = process.env.PORT || 3500;
const app = express();

app.use(credentials);
app.use(cors(corsOptions));
app.use(express.json());
app.use(cookieParser());

app.use('/partners', partnerCors);
app.use('/embed', widgetRoutes);

app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
