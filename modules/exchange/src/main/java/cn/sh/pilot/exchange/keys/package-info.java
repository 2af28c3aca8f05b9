/**
 * Demo key material made with BouncyCastle: a demo authority, the municipal key and one key per
 * Shanghai district, as PKCS#12 keystores, PEM certificates and a ready trust folder.
 */
package cn.sh.pilot.exchange.keys;
