package cn.sh.pilot.exchange.signature;

import java.time.OffsetDateTime;
import java.util.List;

import cn.sh.pilot.exchange.container.PackageFormat;

/**
 * The signature document with empty digest and signature values, as another tool such as
 * {@code xmlsec1 --sign} fills it in: run from the unpacked package's root with
 * {@code xmlsec1 --sign --pkcs12 key.p12 --pwd … --enabled-reference-uris same-doc,remote
 * --output META-INF/signatures.xml template.xml}. It is byte for byte the shape
 * {@link PackageVerifier} accepts.
 */
public final class SignatureTemplate {

    private SignatureTemplate() {
    }

    /**
     * A template referencing {@code entries} (root-relative names of the payload and every
     * attachment, already checked names) and carrying {@code signingTime} as the signed property.
     */
    public static String of(List<String> entries, SignatureAlgorithm algorithm, OffsetDateTime signingTime) {
        StringBuilder refs = new StringBuilder();
        for (String entry : entries) {
            refs.append("<ds:Reference URI=\"").append(entry).append("\">")
                    .append("<ds:DigestMethod Algorithm=\"").append(XmlDsig.SHA256).append("\"/>")
                    .append("<ds:DigestValue></ds:DigestValue></ds:Reference>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ds:Signature xmlns:ds="%1$s" Id="%2$s">
                <ds:SignedInfo>
                <ds:CanonicalizationMethod Algorithm="%3$s"/>
                <ds:SignatureMethod Algorithm="%4$s"/>
                %5$s<ds:Reference URI="#%6$s" Type="%7$s"><ds:Transforms><ds:Transform Algorithm="%3$s"/></ds:Transforms><ds:DigestMethod Algorithm="%8$s"/><ds:DigestValue></ds:DigestValue></ds:Reference>
                </ds:SignedInfo>
                <ds:SignatureValue></ds:SignatureValue>
                <ds:KeyInfo><ds:X509Data></ds:X509Data></ds:KeyInfo>
                <ds:Object><ds:SignatureProperties Id="%6$s"><ds:SignatureProperty Target="#%2$s"><pilot:SigningTime xmlns:pilot="%9$s">%10$s</pilot:SigningTime></ds:SignatureProperty></ds:SignatureProperties></ds:Object>
                </ds:Signature>
                """.formatted(XmlDsig.NS, XmlDsig.SIGNATURE_ID, XmlDsig.EXC_C14N, algorithm.uri(), refs,
                XmlDsig.SIGNING_TIME_ID, XmlDsig.SIGNATURE_PROPERTIES_TYPE, XmlDsig.SHA256, PackageFormat.EXCHANGE_NS,
                signingTime);
    }
}
