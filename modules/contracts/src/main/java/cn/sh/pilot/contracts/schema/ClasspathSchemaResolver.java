package cn.sh.pilot.contracts.schema;

import java.net.URI;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves {@code xs:import}/{@code xs:include} locations against the importing schema, inside
 * the {@link SchemaSet} only. A location that leaves the set (another folder, a URL, a file) is
 * refused with an exception, so compiling a schema never touches the network or the disk.
 */
final class ClasspathSchemaResolver implements LSResourceResolver {

    private final SchemaSet set;

    ClasspathSchemaResolver(SchemaSet set) {
        this.set = set;
    }

    @Override
    public LSInput resolveResource(String type, String namespaceURI, String publicId, String systemId,
            String baseURI) {
        if (systemId == null || baseURI == null || !baseURI.startsWith(SchemaSet.BASE_URI)) {
            throw new SecurityException("schema import outside the contract set refused: " + systemId);
        }
        String resolved = URI.create(baseURI).resolve(systemId).normalize().toString();
        if (!resolved.startsWith(SchemaSet.BASE_URI)) {
            throw new SecurityException("schema import outside the contract set refused: " + systemId);
        }
        String path = resolved.substring(SchemaSet.BASE_URI.length());
        if (!set.contains(path)) {
            throw new SecurityException("schema import not in the contract set: " + path);
        }
        return new SchemaInput(publicId, resolved, baseURI, set.open(path));
    }
}
