package cn.sh.pilot.contracts.marshal;

import org.xml.sax.SAXException;

import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.contracts.schema.SchemaError;

/** A refusal raised inside a SAX pipeline, carried out of the parser and turned into a {@link RefusedException}. */
final class Refusal extends SAXException {

    private static final long serialVersionUID = 1L;

    private final transient SchemaError error;
    private final String detail;

    Refusal(SchemaError error, String detail) {
        super(error.id() + ": " + detail);
        this.error = error;
        this.detail = detail;
    }

    RefusedException toRefused() {
        return new RefusedException(error, detail, this);
    }
}
