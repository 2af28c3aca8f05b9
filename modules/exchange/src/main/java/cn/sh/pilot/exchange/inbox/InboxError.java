package cn.sh.pilot.exchange.inbox;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * The import pipeline's own refusals and notes (those of the container and signature are
 * {@link cn.sh.pilot.exchange.PackageError}, those of the schema
 * {@link cn.sh.pilot.contracts.schema.SchemaError}). Published ids: add, never rename or reuse.
 */
public enum InboxError implements ErrorId {

    SENDER_NOT_ACCOUNT("sender-not-account",
            "数据包的发送方（签名者）与上传所用的账户不一致。请用本单位自己的账户上传本单位签名的数据包。",
            "The package's sender (its signer) is not the account it was uploaded to. Upload packages signed by your organisation with your own account."),
    PAYLOAD_KIND_NOT_ACCEPTED("payload-kind-not-accepted",
            "市级收件箱不接收此类报文。请确认报文类型（例如推荐批次），只发送市局接收的报文。",
            "The municipal inbox does not take this kind of document. Check the document type (e.g. a recommendation batch) and send only documents the municipal bureau receives."),
    BATCH_ID_CONFLICT("batch-id-conflict",
            "此批次标识已用于另一个已导入的、内容不同的数据包，本包未导入。新的批次请使用新的批次标识；如需更正已导入的批次，请联系市市场监管局。",
            "This batch id was already imported with other content; this package was not imported. Give a new batch a new batch id; to correct an imported batch, contact the municipal bureau."),
    DUPLICATE_PACKAGE("duplicate-package",
            "同一个数据包此前已导入，本次未作任何改变。无需重复发送；请以第一次的回执为准。",
            "The same package was imported before; nothing changed. There is no need to send it again; the first receipt stands.");

    private final String id;
    private final String zh;
    private final String en;

    InboxError(String id, String zh, String en) {
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
}
