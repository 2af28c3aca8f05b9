/**
 * The application document (XML, {@code schemas/application/v1}) ↔ the domain: {@code ApplicationMapper} and the
 * reader behind the domain's {@code ApplicationDocumentReader} port. The only package of intake that touches
 * generated contract types.
 */
package cn.sh.pilot.intake.infrastructure.xml;
