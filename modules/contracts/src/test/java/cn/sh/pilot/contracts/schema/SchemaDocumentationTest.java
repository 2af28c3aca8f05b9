package cn.sh.pilot.contracts.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import cn.sh.pilot.contracts.xml.SecureXml;

/**
 * Every declared element, named type and enumeration value of every XSD carries documentation
 * in Chinese and in English, and every schema qualifies its elements.
 */
class SchemaDocumentationTest {

    private static final String XS = "http://www.w3.org/2001/XMLSchema";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @Test
    void every_element_type_and_code_is_documented_in_chinese_and_english() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String path : SchemaSet.contracts().paths()) {
            Document xsd = SecureXml.documentBuilder().parse(new ByteArrayInputStream(SchemaSet.contracts().bytes(path)));
            assertThat(xsd.getDocumentElement().getAttribute("elementFormDefault")).as(path).isEqualTo("qualified");
            for (String kind : List.of("element", "complexType", "simpleType", "enumeration")) {
                NodeList nodes = xsd.getElementsByTagNameNS(XS, kind);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element e = (Element) nodes.item(i);
                    boolean declares = e.hasAttribute("name") || e.hasAttribute("value");
                    checked += declares ? 1 : 0;
                    if (declares && !(documented(e, "zh") && documented(e, "en"))) {
                        missing.add(path + ": " + kind + " " + e.getAttribute("name") + e.getAttribute("value"));
                    }
                }
            }
        }
        assertThat(checked).as("declarations checked").isGreaterThan(300);
        assertThat(missing).isEmpty();
    }

    private static boolean documented(Element declaration, String lang) {
        for (Node n = declaration.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element a && XS.equals(a.getNamespaceURI()) && "annotation".equals(a.getLocalName())) {
                NodeList docs = a.getElementsByTagNameNS(XS, "documentation");
                for (int i = 0; i < docs.getLength(); i++) {
                    Element d = (Element) docs.item(i);
                    if (lang.equals(d.getAttributeNS(XML, "lang")) && !d.getTextContent().isBlank()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
