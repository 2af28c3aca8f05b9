/**
 * Mappers between the exchanged documents (generated {@code cn.sh.pilot.contracts.acceptance.v1} types) and the
 * acceptance domain: acceptance application and acceptance result. The only place JAXB types meet the domain; every
 * read and write goes through the validating marshallers of {@code cn.sh.pilot.contracts.marshal}.
 */
package cn.sh.pilot.acceptance.infrastructure.xml;
