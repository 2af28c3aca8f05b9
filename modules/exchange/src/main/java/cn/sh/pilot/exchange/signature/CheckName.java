package cn.sh.pilot.exchange.signature;

import cn.sh.pilot.exchange.Words;

/** The checks a verification runs, in order, each with a bilingual title. */
public enum CheckName {
    CONTAINER("容器结构、名称与限额", "container structure, names and limits"),
    SIGNATURE_FORM("签名格式与算法", "signature form and algorithms"),
    COVERAGE("签名覆盖全部条目", "signature covers every entry"),
    SIGNER_KEY("签名密钥强度", "signing key strength"),
    SIGNATURE_VALUE("签名值", "signature value"),
    SIGNING_TIME("签名时间", "signing time"),
    ENTRY_DIGEST("条目内容摘要", "entry digest"),
    PAYLOAD_SENDER("报文声明的发送方", "sender claimed by the payload"),
    CERTIFICATE_ISSUER("证书签发机构", "certificate issuer"),
    CERTIFICATE_VALIDITY("签名时证书有效期", "certificate validity at signing time"),
    CERTIFICATE_PATH("证书路径", "certificate path"),
    CERTIFICATE_USAGE("证书用途", "certificate usage"),
    CERTIFICATE_REVOCATION("证书吊销状态", "certificate revocation"),
    CERTIFICATE_REGISTRATION("证书登记", "certificate registration"),
    SENDER("签名者与发送方一致", "signer is the claimed sender");

    private final Words title;

    CheckName(String zh, String en) {
        this.title = Words.of(zh, en);
    }

    public Words title() {
        return title;
    }
}
