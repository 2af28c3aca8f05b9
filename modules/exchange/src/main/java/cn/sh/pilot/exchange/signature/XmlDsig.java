package cn.sh.pilot.exchange.signature;

/** The XML Signature URIs the package format uses. */
final class XmlDsig {

    static final String NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    static final String SIGNATURE_PROPERTIES_TYPE = "http://www.w3.org/2000/09/xmldsig#SignatureProperties";
    static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** The signature's Id, the target of the signing-time property. */
    static final String SIGNATURE_ID = "pilot-signature";
    /** The Id of the signed {@code ds:SignatureProperties} holding the signing time. */
    static final String SIGNING_TIME_ID = "signing-time";

    private XmlDsig() {
    }
}
