/**
 * Who may sign: the trust store interface, its folder implementation, key strength and the
 * signer-trust policy (issuer, validity at signing time, revocation, registration, sender).
 */
package cn.sh.pilot.exchange.trust;
