/**
 * The only place where generated JAXB contract types meet review's domain: the recommendation
 * batch and decision notice mappers, and the translation of the application schema's key
 * direction enumerations into the reference data's codes.
 */
package cn.sh.pilot.review.infrastructure.xml;
