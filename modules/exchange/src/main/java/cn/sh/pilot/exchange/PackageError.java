package cn.sh.pilot.exchange;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Every reason a package is refused, with a stable id and a message that says what to do next.
 *
 * <p>The ids are published: receipts, logs, the command line and the hostile-corpus tests refer
 * to them. Add new ones at the end of a group; never rename or reuse one.
 */
public enum PackageError implements ErrorId {

    // --- the ZIP container --------------------------------------------------------------
    ZIP_UNREADABLE("zip-unreadable",
            "数据包不是完整可读的 ZIP 文件。请重新生成数据包后再发送。",
            "The package is not a complete, readable ZIP file. Build the package again and resend it."),
    ZIP_INCONSISTENT_DIRECTORY("zip-inconsistent-directory",
            "ZIP 中央目录与各条目的本地记录不一致（名称、顺序、大小或校验值）。请用本系统工具重新生成数据包。",
            "The ZIP central directory disagrees with the entries themselves (name, order, size or checksum). Rebuild the package with the pilot tools."),
    ZIP_TOO_MANY_ENTRIES("zip-too-many-entries",
            "数据包中的条目过多。请减少附件数量或分成多个数据包发送。",
            "The package has too many entries. Send fewer attachments or split the package."),
    ZIP_ENTRY_TOO_LARGE("zip-entry-too-large",
            "数据包中某个条目解压后超过允许的大小。请压缩或拆分该文件后重新打包。",
            "An entry is larger than allowed once unpacked. Reduce or split that file and build the package again."),
    ZIP_TOTAL_TOO_LARGE("zip-total-too-large",
            "数据包解压后的总大小超过允许的上限。请拆分成多个数据包发送。",
            "The package is larger than allowed once unpacked. Split it into several packages."),
    ZIP_COMPRESSION_RATIO_TOO_HIGH("zip-compression-ratio-too-high",
            "某个条目的压缩比异常高（疑似压缩炸弹），已停止解压。请勿发送此类文件。",
            "An entry inflates far more than any real document would (a ZIP bomb); unpacking was stopped. Do not send such files."),
    ZIP_PATH_TRAVERSAL("zip-path-traversal",
            "条目名称含有“..”，试图跳出数据包目录。请使用不含“..”的文件名重新打包。",
            "An entry name contains '..' and would climb out of the package. Rebuild the package with plain file names."),
    ZIP_ABSOLUTE_PATH("zip-absolute-path",
            "条目名称是绝对路径（以“/”或盘符开头）。请使用相对于数据包根目录的名称重新打包。",
            "An entry name is an absolute path (starts with '/' or a drive letter). Rebuild the package with names relative to its root."),
    ZIP_DUPLICATE_ENTRY("zip-duplicate-entry",
            "数据包中有重名条目（不区分大小写）。每个文件只能出现一次，请重新打包。",
            "Two entries have the same name (ignoring case). Each file may appear once; rebuild the package."),
    ZIP_ODD_ENTRY_NAME("zip-odd-entry-name",
            "条目名称不合规：只允许英文字母、数字、“.”、“_”、“-”，以“/”分隔，不得含反斜杠、控制字符、空段或“.”段。请重命名文件后重新打包。",
            "An entry name is not allowed: use ASCII letters, digits, '.', '_' and '-' separated by '/', with no backslash, control character, empty or '.' segment. Rename the file and rebuild the package."),
    ZIP_LINK_ENTRY("zip-link-entry",
            "数据包含有符号链接条目。数据包只能包含普通文件，请重新打包。",
            "The package contains a symbolic link. Packages may contain plain files only; rebuild it."),
    ZIP_NESTED_ARCHIVE("zip-nested-archive",
            "数据包内嵌套了压缩包（zip、gz、7z、rar 等）。请直接附上原始文件（如 PDF）。",
            "The package contains another archive (zip, gz, 7z, rar ...). Attach the original files, such as PDFs, directly."),
    ZIP_UNSUPPORTED_ENTRY("zip-unsupported-entry",
            "条目使用了不支持的压缩方式或被加密。只接受未加密的存储或 deflate 压缩条目，请用本系统工具重新打包。",
            "An entry is encrypted or uses an unsupported compression method. Only unencrypted stored or deflated entries are accepted; rebuild with the pilot tools."),

    // --- the package layout -------------------------------------------------------------
    MIMETYPE_MISSING("mimetype-missing",
            "数据包缺少 mimetype 条目。请用本系统工具重新打包。",
            "The package has no 'mimetype' entry. Rebuild it with the pilot tools."),
    MIMETYPE_MISPLACED("mimetype-misplaced",
            "mimetype 必须是数据包的第一个条目且不带扩展字段。请用本系统工具重新打包。",
            "'mimetype' must be the package's first entry, without extra fields. Rebuild it with the pilot tools."),
    MIMETYPE_COMPRESSED("mimetype-compressed",
            "mimetype 条目必须以不压缩（stored）方式存放。请用本系统工具重新打包。",
            "The 'mimetype' entry must be stored, not compressed. Rebuild it with the pilot tools."),
    MIMETYPE_WRONG_VALUE("mimetype-wrong-value",
            "mimetype 的内容不是本系统的数据包类型。请确认发送的是试点系统数据包。",
            "The 'mimetype' entry does not name this system's package type. Check that this is a pilot package."),
    PAYLOAD_MISSING("payload-missing",
            "数据包根目录下没有 XML 报文。请放入一个报文（如 batch.xml）后重新打包。",
            "There is no payload XML at the package root. Add one document (e.g. batch.xml) and rebuild."),
    PAYLOAD_AMBIGUOUS("payload-ambiguous",
            "数据包根目录下有多个 XML 报文。每个数据包只能有一个报文，其余文件请放入 attachments/。",
            "There is more than one XML document at the package root. A package carries one payload; put other files under attachments/."),
    PAYLOAD_SENDER_MISSING("payload-sender-missing",
            "报文根元素的第一个子元素必须是 Sender/Code（发送方代码），且须出现在报文开头。请按报文规范填写发送方。",
            "The payload's first child element must be Sender with its Code, near the start of the document. Fill in the sender as the schema requires."),
    ENTRY_OUTSIDE_LAYOUT("entry-outside-layout",
            "数据包含有规定位置以外的条目。只允许 mimetype、根目录的一个报文、attachments/ 下的附件和 META-INF/signatures.xml。",
            "The package has an entry outside the allowed layout: only mimetype, one payload at the root, attachments/… and META-INF/signatures.xml."),
    DTD_REFUSED("dtd-refused",
            "XML 文档含有 DOCTYPE（DTD）声明，出于安全原因一律拒绝。请去掉 DOCTYPE 后重新生成。",
            "An XML document contains a DOCTYPE (DTD) declaration, which is always refused for safety. Remove it and regenerate the document."),

    // --- the signature ------------------------------------------------------------------
    SIGNATURE_MISSING("signature-missing",
            "数据包未签名（缺少 META-INF/signatures.xml）。请先签名再发送。",
            "The package is not signed (META-INF/signatures.xml is missing). Sign it before sending."),
    SIGNATURE_TOO_LARGE("signature-too-large",
            "签名文件 META-INF/signatures.xml 超过允许的大小。请用本系统工具重新签名。",
            "META-INF/signatures.xml is larger than allowed. Sign the package again with the pilot tools."),
    SIGNATURE_MALFORMED("signature-malformed",
            "签名文件不是符合格式要求的 XML 签名。请用本系统工具或按模板重新签名。",
            "The signature file is not an XML Signature of the required form. Sign again with the pilot tools or the published template."),
    SIGNATURE_NOT_SINGLE("signature-not-single",
            "签名文件中必须恰好有一个签名。请用本系统工具重新签名。",
            "The signature file must hold exactly one Signature. Sign again with the pilot tools."),
    SIGNATURE_WRAPPING("signature-wrapping",
            "签名引用没有准确指向它所声明的条目（疑似签名包装攻击）。此数据包不可信，请联系发送方。",
            "A signature reference does not resolve to exactly the entry it names (signature wrapping). Do not trust this package; contact the sender."),
    WEAK_ALGORITHM("weak-algorithm",
            "签名使用了不被接受的算法（只接受 SHA-256 摘要、RSA-SHA256 或 ECDSA-SHA256 签名、排他规范化）。请用本系统工具重新签名。",
            "The signature uses an algorithm that is not accepted (only SHA-256 digests, RSA-SHA256 or ECDSA-SHA256 and exclusive c14n are). Sign again with the pilot tools."),
    WEAK_KEY("weak-key",
            "签名密钥强度不足（RSA 须至少 2048 位，椭圆曲线须为 P-256）。请申请新的签名证书。",
            "The signing key is too weak (RSA needs at least 2048 bits, EC must be P-256). Obtain a new signing certificate."),
    REFERENCE_TO_MISSING_ENTRY("reference-to-missing-entry",
            "签名引用了数据包中不存在的条目，数据包不完整。请发送方重新发送完整的数据包。",
            "The signature names an entry the package does not contain; the package is incomplete. Ask the sender to resend it whole."),
    ENTRY_NOT_SIGNED("entry-not-signed",
            "数据包中有条目未被签名覆盖（签名后被加入）。请发送方重新签名。",
            "An entry is not covered by the signature (it was added after signing). Ask the sender to sign the package again."),
    DIGEST_MISMATCH("digest-mismatch",
            "条目内容与签名时不一致，数据包已被改动或损坏。请发送方重新发送。",
            "An entry's content differs from what was signed: the package was altered or damaged. Ask the sender to resend it."),
    SIGNATURE_VALUE_INVALID("signature-value-invalid",
            "签名值验证失败，签名信息已被改动或不是用该证书签的。请发送方重新签名。",
            "The signature value does not verify: the signed information was altered or not signed with this certificate. Ask the sender to sign again."),
    SIGNING_TIME_MISSING("signing-time-missing",
            "签名中缺少已签名的签名时间。请用本系统工具重新签名。",
            "The signature has no signed signing time. Sign again with the pilot tools."),
    SIGNING_TIME_IN_FUTURE("signing-time-in-future",
            "签名时间晚于当前时间。请检查签名计算机的时钟后重新签名。",
            "The signing time lies in the future. Check the signing computer's clock and sign again."),

    // --- the signer ---------------------------------------------------------------------
    CERTIFICATE_MISSING("certificate-missing",
            "签名中必须恰好附带一张签名者证书。请用本系统工具重新签名。",
            "The signature must carry exactly one signer certificate. Sign again with the pilot tools."),
    CERTIFICATE_UNTRUSTED_ISSUER("certificate-untrusted-issuer",
            "签名证书不是由受信任的证书机构签发的。请使用市级试点系统签发的证书。",
            "The signing certificate was not issued by a trusted authority. Use a certificate issued for the pilot system."),
    CERTIFICATE_EXPIRED("certificate-expired",
            "签名时签名证书已过期。请更新证书后重新签名。",
            "The signing certificate had expired at the signing time. Renew it and sign again."),
    CERTIFICATE_NOT_YET_VALID("certificate-not-yet-valid",
            "签名时签名证书尚未生效。请检查签名计算机的时钟或证书的生效日期。",
            "The signing certificate was not yet valid at the signing time. Check the signing computer's clock or the certificate's start date."),
    CERTIFICATE_WRONG_USAGE("certificate-wrong-usage",
            "该证书不允许用于数字签名。请使用签名证书。",
            "This certificate may not be used for digital signatures. Use a signing certificate."),
    CERTIFICATE_REVOKED("certificate-revoked",
            "签名证书在签名时间之前已被吊销。请联系市市场监管局更换证书。",
            "The signing certificate was revoked before the signing time. Contact the municipal bureau for a new certificate."),
    CERTIFICATE_NOT_REGISTERED("certificate-not-registered",
            "签名证书未在信任库中登记给任何推荐单位。请先向市市场监管局登记证书。",
            "The signing certificate is not registered to any recommender in the trust store. Register it with the municipal bureau first."),
    SIGNER_NOT_CLAIMED_SENDER("signer-not-claimed-sender",
            "签名证书登记的单位与报文声明的发送方不一致。推荐单位只能以自己的名义提交。",
            "The signing certificate is registered to another organisation than the sender the payload claims. A recommender may only submit for itself.");

    private final String id;
    private final String zh;
    private final String en;

    PackageError(String id, String zh, String en) {
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

    /** The error with this id, for receipts and tests that carry ids as text. */
    public static PackageError byId(String id) {
        return ErrorId.byId(PackageError.class, id);
    }
}
