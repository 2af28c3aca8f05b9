package cn.sh.pilot.contracts.schema;

import java.util.Locale;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Why a document was refused before any business rule looked at it: it was not well-formed,
 * carried a DTD, broke a parser limit, or broke its XSD. Schema violations are mapped from
 * the validator's message keys ({@code cvc-…}) by {@link #ofSchemaKey(String)}; sample files
 * under {@code schemas/samples/<doc>/bad/} are named after these ids.
 */
public enum SchemaError implements ErrorId {

    NOT_WELL_FORMED("not-well-formed",
            "文档不是格式良好的 XML，请检查标签配对、字符编码（UTF-8）和特殊字符转义。",
            "The document is not well-formed XML: check tag nesting, the UTF-8 encoding and escaping."),
    DOCTYPE_REFUSED("doctype-refused",
            "文档含有 DOCTYPE（文档类型声明），为防范实体注入已拒收；请去掉 DOCTYPE 后重新发送。",
            "The document has a DOCTYPE; DTDs are refused to prevent entity attacks. Remove it and send again."),
    LIMIT_EXCEEDED("limit-exceeded",
            "文档超出安全限制（嵌套深度、属性个数或实体大小）。",
            "The document exceeds a safety limit (nesting depth, attribute count or entity size)."),
    WRONG_NAMESPACE("wrong-namespace",
            "根元素的命名空间不是所期望的版本，请使用本系统公布的模式版本。",
            "The root element is in an unexpected namespace; use the published schema version."),
    WRONG_ROOT_ELEMENT("wrong-root-element",
            "根元素不是本处期望的文档类型。",
            "The root element is not the document expected here."),
    UNKNOWN_ROOT_ELEMENT("unknown-root-element",
            "根元素未在模式中声明。",
            "The root element is not declared by the schema."),
    UNEXPECTED_ELEMENT("unexpected-element",
            "出现了不应出现的元素（元素名错误、顺序错误，或缺少它前面的必填元素）。",
            "An element appears where it is not allowed (wrong name, wrong order, or a required element before it is missing)."),
    MISSING_ELEMENT("missing-element",
            "缺少必填元素。",
            "A required element is missing."),
    UNEXPECTED_TEXT("unexpected-text",
            "元素中出现了不允许的文本内容。",
            "Text appears inside an element that may only contain elements."),
    UNEXPECTED_ATTRIBUTE("unexpected-attribute",
            "出现了不允许的属性。",
            "An attribute is not allowed here."),
    MISSING_ATTRIBUTE("missing-attribute",
            "缺少必填属性。",
            "A required attribute is missing."),
    PATTERN_MISMATCH("pattern-mismatch",
            "取值格式不符合要求（如统一社会信用代码、行政区划代码、电话号码的格式）。",
            "A value does not have the required shape (e.g. a credit code, district code or phone number)."),
    NOT_IN_ENUMERATION("not-in-enumeration",
            "取值不在允许的代码表中。",
            "A value is not one of the allowed codes."),
    VALUE_OUT_OF_RANGE("value-out-of-range",
            "数值超出允许范围。",
            "A number is outside the allowed range."),
    LENGTH_OUT_OF_RANGE("length-out-of-range",
            "文本过长或过短。",
            "A text is too long or too short."),
    TOO_MANY_DIGITS("too-many-digits",
            "数字位数过多（金额最多两位小数）。",
            "A number has too many digits (amounts allow two decimal places)."),
    INVALID_VALUE("invalid-value",
            "取值不是所要求类型的合法值（如日期、时间、布尔值、数字）。",
            "A value is not valid for its type (date, time, boolean, number…)."),
    DUPLICATE_KEY("duplicate-key",
            "应唯一的取值出现了重复（如批次内的推荐项目标识或排序）。",
            "A value that must be unique is repeated (e.g. an item id or priority rank in a batch)."),
    UNKNOWN_REFERENCE("unknown-reference",
            "引用了文档中不存在的对象。",
            "A reference points to nothing in the document."),
    ITEM_COUNT_MISMATCH("item-count-mismatch",
            "批次头中的项目数与实际推荐项目个数不一致。",
            "The header's item count differs from the number of items."),
    SCHEMA_INVALID("schema-invalid",
            "文档不符合模式。",
            "The document does not conform to its schema."),
    READ_FAILED("read-failed",
            "读取文档失败。",
            "The document could not be read.");

    private final String id;
    private final String zh;
    private final String en;

    SchemaError(String id, String zh, String en) {
        this.id = id;
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** The error with this id. */
    public static SchemaError byId(String id) {
        return ErrorId.byId(SchemaError.class, id);
    }

    /**
     * Maps a Xerces schema-validation message key (the {@code cvc-…} prefix of its message) to
     * a stable id; an unmapped key gives {@link #SCHEMA_INVALID}.
     */
    public static SchemaError ofSchemaKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("cvc-complex-type.2.4.b")) {
            return MISSING_ELEMENT;
        }
        if (k.startsWith("cvc-complex-type.2.4") || k.equals("cvc-complex-type.2.2") || k.equals("cvc-elt.2")) {
            return UNEXPECTED_ELEMENT;
        }
        if (k.equals("cvc-complex-type.2.1") || k.equals("cvc-complex-type.2.3")) {
            return UNEXPECTED_TEXT;
        }
        if (k.startsWith("cvc-complex-type.3.2")) {
            return UNEXPECTED_ATTRIBUTE;
        }
        if (k.equals("cvc-complex-type.4")) {
            return MISSING_ATTRIBUTE;
        }
        if (k.equals("cvc-pattern-valid")) {
            return PATTERN_MISMATCH;
        }
        if (k.equals("cvc-enumeration-valid")) {
            return NOT_IN_ENUMERATION;
        }
        if (k.matches("cvc-(min|max)(in|ex)clusive-valid")) {
            return VALUE_OUT_OF_RANGE;
        }
        if (k.matches("cvc-(min|max)?length-valid")) {
            return LENGTH_OUT_OF_RANGE;
        }
        if (k.equals("cvc-totaldigits-valid") || k.equals("cvc-fractiondigits-valid")) {
            return TOO_MANY_DIGITS;
        }
        if (k.startsWith("cvc-datatype-valid") || k.startsWith("cvc-type") || k.startsWith("cvc-attribute")
                || k.startsWith("cvc-elt.3") || k.startsWith("cvc-elt.4") || k.startsWith("cvc-elt.5")) {
            return INVALID_VALUE;
        }
        if (k.startsWith("cvc-elt.1")) {
            return UNKNOWN_ROOT_ELEMENT;
        }
        if (k.equals("cvc-identity-constraint.4.3")) {
            return UNKNOWN_REFERENCE;
        }
        if (k.startsWith("cvc-identity-constraint.4.2.1")) {
            return MISSING_ELEMENT;
        }
        if (k.startsWith("cvc-identity-constraint") || k.startsWith("cvc-id.")) {
            return DUPLICATE_KEY;
        }
        return SCHEMA_INVALID;
    }
}
