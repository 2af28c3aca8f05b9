/**
 * Signing and verifying packages with the JDK's XML Signature API: the signer, the verifier with
 * its check-by-check report, the one accepted signature shape, and the template other tools
 * (xmlsec1) sign.
 */
package cn.sh.pilot.exchange.signature;
