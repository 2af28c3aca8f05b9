/**
 * Mappers between the exchanged documents (generated {@code cn.sh.pilot.contracts.*.v1} types) and the projects
 * domain: extension request and decision, progress report. The only place JAXB types meet the domain; every read and
 * write goes through the validating marshallers of {@code cn.sh.pilot.contracts.marshal}.
 */
package cn.sh.pilot.projects.infrastructure.xml;
