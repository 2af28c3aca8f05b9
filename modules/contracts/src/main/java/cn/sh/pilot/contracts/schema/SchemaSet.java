package cn.sh.pilot.contracts.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

import cn.sh.pilot.contracts.xml.SecureXml;

/**
 * The XSDs packaged in this jar under {@code schemas/}, compiled once per document and shared.
 *
 * <p>Imports are resolved by {@link ClasspathSchemaResolver} inside this set only: nothing is
 * fetched by URL or read from outside the jar. {@link #sha256()} fingerprints the whole set so a
 * receipt can say which schemas judged a package. Instances are immutable and thread-safe.
 */
public final class SchemaSet {

    /** Class-path folder holding the XSDs. */
    public static final String ROOT = "schemas/";
    /** Base URI given to the compiled schemas; only the resolver understands it. */
    static final String BASE_URI = "classpath:/" + ROOT;

    private static final SchemaSet CONTRACTS = new SchemaSet(SchemaSet.class.getClassLoader());

    private final ClassLoader loader;
    private final List<String> paths;
    private final Map<String, byte[]> bytes;
    private final String sha256;
    private final Map<ContractDocument, Schema> schemas = new EnumMap<>(ContractDocument.class);

    private SchemaSet(ClassLoader loader) {
        this.loader = loader;
        Set<String> all = new TreeSet<>();
        all.add(ContractDocument.COMMON_SCHEMA);
        for (ContractDocument d : ContractDocument.values()) {
            all.add(d.schemaPath());
        }
        this.paths = List.copyOf(all);
        Map<String, byte[]> read = new java.util.HashMap<>();
        for (String p : paths) {
            read.put(p, load(p));
        }
        this.bytes = Map.copyOf(read);
        this.sha256 = digest();
    }

    /** The contract schema set shipped in this jar. */
    public static SchemaSet contracts() {
        return CONTRACTS;
    }

    /** Every XSD of the set, relative to {@code schemas/}, in the order the digest uses. */
    public List<String> paths() {
        return paths;
    }

    /** The bytes of one XSD of the set. */
    public byte[] bytes(String path) {
        byte[] b = bytes.get(path);
        if (b == null) {
            throw new IllegalArgumentException("not in the schema set: " + path);
        }
        return b.clone();
    }

    boolean contains(String path) {
        return bytes.containsKey(path);
    }

    InputStream open(String path) {
        return new ByteArrayInputStream(bytes.get(path));
    }

    /**
     * SHA-256 (lower-case hex) of the whole set: for each XSD in {@link #paths()} order, the
     * UTF-8 path, a line feed, the decimal byte length, a line feed, then the file's bytes.
     */
    public String sha256() {
        return sha256;
    }

    /** The compiled schema of one document (with everything it imports); cached, thread-safe. */
    public Schema schema(ContractDocument document) {
        synchronized (schemas) {
            return schemas.computeIfAbsent(document, this::compile);
        }
    }

    private Schema compile(ContractDocument document) {
        SchemaFactory factory = SecureXml.schemaFactory();
        factory.setResourceResolver(new ClasspathSchemaResolver(this));
        StreamSource source = new StreamSource(open(document.schemaPath()), BASE_URI + document.schemaPath());
        try {
            return factory.newSchema(source);
        } catch (SAXException e) {
            throw new IllegalStateException("contract schema " + document.schemaPath() + " does not compile", e);
        }
    }

    private byte[] load(String path) {
        try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the class path: " + ROOT + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : paths) {
                byte[] b = bytes.get(p);
                md.update((p + "\n" + b.length + "\n").getBytes(StandardCharsets.UTF_8));
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SchemaSet" + new ArrayList<>(paths) + " sha256=" + sha256;
    }
}
