const TRUSTED_SUFFIX = 'acme-shop.example';

/** Partner storefronts live on subdomains of the shop. */
function isPartnerOrigin(origin) {
  return typeof origin === 'string' && origin.endsWith(TRUSTED_SUFFIX);
}

module.exports = { isPartnerOrigin };
