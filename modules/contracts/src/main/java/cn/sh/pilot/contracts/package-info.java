/**
 * The exchange contracts. Generated from {@code schemas/} at build time (one package per
 * namespace: {@code cn.sh.pilot.contracts.<area>.v1}); hand-written around them:
 * {@code schema} (the packaged schema set, its digest and error ids), {@code marshal} (one
 * validating marshaller per root element, the streaming batch reader), {@code xml} (the one
 * hardened parser factory), {@code error} (stable refusal ids, a policy's
 * {@code Verdict}), {@code bind} (java.time adapters).
 */
package cn.sh.pilot.contracts;
