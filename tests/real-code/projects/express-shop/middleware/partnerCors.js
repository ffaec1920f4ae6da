const { isPartnerOrigin } = require('../utils/origin');

module.exports = function partnerCors(req, res, next) {
  const origin = req.get('Origin');
  if (isPartnerOrigin(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
    res.vary('Origin');
  }
  next();
};
