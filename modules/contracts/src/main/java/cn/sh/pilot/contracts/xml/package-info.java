/**
 * The product's one hardened XML factory: every parser, schema factory, StAX reader and
 * transformer is built here, with DTDs, external access and XInclude off and limits tightened.
 */
package cn.sh.pilot.contracts.xml;
