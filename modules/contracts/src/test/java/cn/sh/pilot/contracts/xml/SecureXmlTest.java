package cn.sh.pilot.contracts.xml;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The shared parsers refuse DTDs and stop at the nesting and attribute limits. */
class SecureXmlTest {

    private static String nested(int depth) {
        return "<x>".repeat(depth) + "</x>".repeat(depth);
    }

    @Test
    void the_sax_reader_accepts_nesting_up_to_the_limit() {
        assertThatCode(() -> SecureXml.xmlReader().parse(new InputSource(new StringReader(nested(SecureXml.MAX_ELEMENT_DEPTH)))))
                .doesNotThrowAnyException();
    }

    @Test
    void the_sax_reader_refuses_nesting_beyond_the_limit() {
        assertThatThrownBy(() -> SecureXml.xmlReader().parse(new InputSource(new StringReader(nested(SecureXml.MAX_ELEMENT_DEPTH + 1)))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("maxElementDepth");
    }

    @Test
    void the_sax_reader_refuses_too_many_attributes() {
        StringBuilder atts = new StringBuilder();
        for (int i = 0; i <= SecureXml.MAX_ATTRIBUTES; i++) {
            atts.append(" a").append(i).append("='v'");
        }
        assertThatThrownBy(() -> SecureXml.xmlReader().parse(new InputSource(new StringReader("<x" + atts + "/>"))))
                .isInstanceOf(SAXParseException.class);
    }

    @Test
    void the_sax_reader_refuses_a_doctype() {
        assertThatThrownBy(() -> SecureXml.xmlReader().parse(new InputSource(new StringReader("<!DOCTYPE x><x/>"))))
                .isInstanceOf(SAXParseException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void the_dom_builder_refuses_nesting_beyond_the_limit() {
        assertThatThrownBy(() -> SecureXml.documentBuilder().parse(new InputSource(new StringReader(nested(SecureXml.MAX_ELEMENT_DEPTH + 1)))))
                .isInstanceOf(SAXParseException.class);
    }

    @Test
    void the_stax_reader_does_not_expand_an_internal_entity() throws Exception {
        String xml = "<!DOCTYPE x [<!ENTITY e \"expanded\">]><x>&e;</x>";
        XMLStreamReader r = SecureXml.xmlInputFactory().createXMLStreamReader(new StringReader(xml));
        assertThatThrownBy(() -> {
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.CHARACTERS) {
                    text.append(r.getText());
                }
            }
            if (!text.toString().contains("expanded")) {
                throw new IllegalStateException("not expanded");
            }
        }).isNotNull();
    }
}
