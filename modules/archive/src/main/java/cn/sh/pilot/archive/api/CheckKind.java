package cn.sh.pilot.archive.api;

/** The checks a verification runs, in order, each with a Chinese and an English title. */
public enum CheckKind {
    BAG_DECLARATION("BagIt 声明（bagit.txt）", "BagIt declaration (bagit.txt)"),
    BAG_INFO("包信息（bag-info.txt）", "bag information (bag-info.txt)"),
    TAG_MANIFEST("标签文件摘要（tagmanifest-sha256.txt）", "tag file digests (tagmanifest-sha256.txt)"),
    BAG_SIGNATURE("市局签名（bag-signature.xml）", "municipal signature (bag-signature.xml)"),
    PAYLOAD_DIGEST("文件摘要（manifest-sha256.txt）", "file digests (manifest-sha256.txt)"),
    PAYLOAD_COMPLETENESS("文件齐全（无缺少、无多出）", "completeness (nothing missing, nothing added)"),
    PAYLOAD_OXUM("Payload-Oxum（字节数.文件数）", "Payload-Oxum (octets.files)"),
    RECORD_SCHEMA("归档记录符合模式", "archival record validates against the schema"),
    RECORD_ORIGINALS("归档记录与原始包一致", "archival record agrees with the originals"),
    ORIGINAL_SIGNATURE("原始交换包签名", "original package signature");

    private final String zh;
    private final String en;

    CheckKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
