package cn.sh.pilot.archive.api;

import java.util.Arrays;
import java.util.Optional;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Every refusal of an export and every failed verification check, with a stable kebab-case id and
 * messages in Chinese and English that say what to do next. Ids never change once published.
 */
public enum ArchiveError implements ErrorId {

    // ---- export ----
    SELECTION_INVALID("selection-invalid",
            "选择条件有误：起始日期晚于截止日期。请改正日期范围后重新导出。",
            "The selection is incoherent: the start date is after the end date. Correct the date range and export again."),
    EXPORT_TARGET_EXISTS("export-target-exists",
            "导出目标已存在。导出从不覆盖已有文件，请换一个目录或文件名。",
            "The export target already exists. An export never overwrites; choose another folder or file name."),
    EXPORT_WRITE_FAILED("export-write-failed",
            "写入导出文件失败（磁盘已满或无写权限）。已写入的部分已删除；请检查目标位置后重新导出。",
            "Writing the export failed (disk full or no permission). The partial export was removed; check the target and export again."),
    SOURCE_FAILED("source-failed",
            "读取项目历史失败。未写入任何导出；请检查数据库连接后重新导出。",
            "Reading the project histories failed. Nothing was exported; check the database connection and export again."),
    PROJECT_IDENTITY_MISSING("project-identity-missing",
            "项目既无项目编号也无申请标识，无法确定其档案目录。请修正该项目的数据后重新导出。",
            "A project has neither a project number nor an application id, so it has no record folder. Fix its data and export again."),
    PROJECT_DUPLICATE("project-duplicate",
            "同一项目在本次导出中出现两次。请检查项目历史来源的查询（排序与去重）。",
            "The same project appears twice in this export. Check the project history source's query (ordering and de-duplication)."),
    ORIGINAL_NAME_INVALID("original-name-invalid",
            "原始交换包的文件名不能用作归档文件名（含路径分隔符、控制字符或以点开头）或在同一项目中重复。请检查存储中的包文件名。",
            "An original package's file name cannot be used in the archive (path separator, control character, leading dot) or repeats within the project. Check the stored package names."),
    ORIGINAL_MISSING("original-missing",
            "找不到原始交换包文件。导出已中止，未写入任何内容；请从备份恢复该文件后重新导出。",
            "An original package file is missing. The export stopped and wrote nothing; restore the file from backup and export again."),
    ORIGINAL_DIGEST_MISMATCH("original-digest-mismatch",
            "存储中的原始交换包与入库时记录的 SHA-256 不符（文件已损坏或被改动）。导出已中止；请从备份恢复该文件并报告安全负责人。",
            "A stored original package no longer matches the SHA-256 recorded when it was stored (damaged or altered). The export stopped; restore the file from backup and tell the security officer."),
    RECORD_INVALID("record-invalid",
            "项目的归档记录不符合模式（archival-record.xsd），未写入任何导出。请按详情修正该项目的数据后重新导出。",
            "A project's archival record does not validate against archival-record.xsd; nothing was exported. Fix the project's data as the detail says and export again."),
    SIGNING_FAILED("signing-failed",
            "无法用市局密钥对导出签名（密钥不可用或强度不足）。已写入的部分已删除；请检查市局签名密钥后重新导出。",
            "The export could not be signed with the municipal key (key unusable or too weak). The partial export was removed; check the municipal signing key and export again."),

    // ---- verification ----
    BAG_UNREADABLE("bag-unreadable",
            "无法打开归档包（不存在、不是目录或 ZIP，或 ZIP 不安全）。请确认路径，或重新取得该导出。",
            "The archive cannot be opened (missing, neither a folder nor a ZIP, or an unsafe ZIP). Check the path or obtain the export again."),
    BAG_DECLARATION_INVALID("bag-declaration-invalid",
            "bagit.txt 缺失或内容不是 BagIt 1.0 / UTF-8 声明。该导出已损坏，请取得其另一份副本。",
            "bagit.txt is missing or is not a BagIt 1.0 / UTF-8 declaration. The export is damaged; obtain another copy."),
    BAG_INFO_INVALID("bag-info-invalid",
            "bag-info.txt 缺失、格式有误，或缺少必备项（Source-Organization、Bagging-Date、Payload-Oxum）。该导出已损坏，请取得其另一份副本。",
            "bag-info.txt is missing, malformed, or lacks a required label (Source-Organization, Bagging-Date, Payload-Oxum). The export is damaged; obtain another copy."),
    MANIFEST_INVALID("manifest-invalid",
            "清单文件缺失或有一行格式错误（应为“SHA-256 两个空格 路径”，路径在 data/ 之内）。该导出已损坏或被改动，请取得其另一份副本。",
            "A manifest is missing or has a malformed line (expected 'SHA-256, two spaces, path' with the path inside data/). The export is damaged or altered; obtain another copy."),
    TAG_FILE_DIGEST_MISMATCH("tag-file-digest-mismatch",
            "标签文件的内容与 tagmanifest-sha256.txt 不符：该文件已被改动或损坏。请取得该导出的另一份副本。",
            "A tag file does not match tagmanifest-sha256.txt: it was altered or damaged. Obtain another copy of the export."),
    PAYLOAD_DIGEST_MISMATCH("payload-digest-mismatch",
            "文件内容与 manifest-sha256.txt 中的 SHA-256 不符：该文件已被改动或损坏。请从另一份副本恢复该文件。",
            "A file does not match its SHA-256 in manifest-sha256.txt: it was altered or damaged. Restore it from another copy."),
    PAYLOAD_FILE_MISSING("payload-file-missing",
            "清单列出的文件不存在。请从另一份副本恢复该文件。",
            "A file listed in the manifest is missing. Restore it from another copy."),
    PAYLOAD_FILE_UNLISTED("payload-file-unlisted",
            "data/ 中有清单未列出的文件（被添加的文件）。请删除该文件，或取得该导出的另一份副本。",
            "A file under data/ is not in the manifest (it was added). Remove it, or obtain another copy of the export."),
    PAYLOAD_OXUM_MISMATCH("payload-oxum-mismatch",
            "bag-info.txt 的 Payload-Oxum（字节数.文件数）与 data/ 的实际内容不符。该导出不完整或被改动，请取得其另一份副本。",
            "bag-info.txt's Payload-Oxum (octets.files) does not match what is under data/. The export is incomplete or altered; obtain another copy."),
    RECORD_SCHEMA_INVALID("record-schema-invalid",
            "归档记录不符合模式（archival-record.xsd）。该文件已被改动或损坏，请从另一份副本恢复。",
            "An archival record does not validate against archival-record.xsd. It was altered or damaged; restore it from another copy."),
    RECORD_ORIGINALS_MISMATCH("record-originals-mismatch",
            "归档记录列出的原始交换包与 originals/ 中的文件不一致（缺少、多出或 SHA-256 不同）。请从另一份副本恢复该项目目录。",
            "The packages an archival record lists do not agree with the files under originals/ (missing, extra, or another SHA-256). Restore the project folder from another copy."),
    ORIGINAL_SIGNATURE_INVALID("original-signature-invalid",
            "原始交换包的签名验证未通过（详情给出交换模块的错误标识）。请核对信任库是否为该时期的信任库，或从另一份副本恢复该包。",
            "An original package's signature does not verify (the detail gives the exchange module's error id). Check that the trust store is the one of that period, or restore the package from another copy."),
    BAG_SIGNATURE_MISSING("bag-signature-missing",
            "归档包缺少市局签名 bag-signature.xml，无法证明其出处。请取得带签名的导出。",
            "The export has no municipal signature (bag-signature.xml), so its origin cannot be proven. Obtain a signed export."),
    BAG_SIGNATURE_INVALID("bag-signature-invalid",
            "市局签名不成立：签名格式不被接受，或所签文件在签名后被改动（详情给出文件名）。请取得该导出的另一份副本。",
            "The municipal signature does not hold: its form is not accepted, or a signed file changed after signing (the detail names it). Obtain another copy of the export."),
    BAG_SIGNER_UNTRUSTED("bag-signer-untrusted",
            "签名证书不受信任、签名时无效、已吊销，或未登记为市市场监管局（310000）。请核对所用信任库目录。",
            "The signing certificate is not trusted, was not valid at signing time, is revoked, or is not registered to the municipal bureau (310000). Check the trust store folder you used.");

    private final String id;
    private final String zh;
    private final String en;

    ArchiveError(String id, String zh, String en) {
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

    public static Optional<ArchiveError> byId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }
}
