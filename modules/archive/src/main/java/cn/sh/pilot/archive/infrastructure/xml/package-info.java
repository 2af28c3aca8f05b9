/**
 * The only place contract (JAXB) types meet the archive's histories: {@link
 * cn.sh.pilot.archive.infrastructure.xml.ArchivalRecordMapper} builds the {@code ArchivalRecord}, the
 * serializer writes it through the validating {@code ArchivalRecordMarshaller}, the inspector reads it back.
 */
package cn.sh.pilot.archive.infrastructure.xml;
