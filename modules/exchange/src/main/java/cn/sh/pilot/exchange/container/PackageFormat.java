package cn.sh.pilot.exchange.container;

/**
 * The fixed names of the package format (see the module README for the full specification).
 */
public final class PackageFormat {

    /** The media type written, stored and uncompressed, as the first entry. */
    public static final String MEDIA_TYPE = "application/vnd.cn.sh.pilot.package+zip";
    /** The first entry's name, as in ETSI ASiC-E. */
    public static final String MIMETYPE_ENTRY = "mimetype";
    /** The detached XML Signature over every other entry. */
    public static final String SIGNATURE_ENTRY = "META-INF/signatures.xml";
    /** The folder that holds the signature and nothing else. */
    public static final String META_INF = "META-INF/";
    /** The folder for attachments (scans of stamped forms and the like). */
    public static final String ATTACHMENTS = "attachments/";
    /** Namespace of the common types: every payload starts with {@code Sender/Code} from it. */
    public static final String COMMON_NS = "urn:cn:sh:pilot:common:v1";
    /** Namespace of the signed signature properties ({@code SigningTime}). */
    public static final String EXCHANGE_NS = "urn:cn:sh:pilot:exchange:v1";

    private PackageFormat() {
    }
}
