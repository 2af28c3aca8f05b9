/**
 * The exchange contracts: Java types generated from the XSDs in schemas/, one validating marshaller per root element, and the one secure XML parser/validator factory of the product.
 */
package cn.sh.pilot.contracts;
