package cn.sh.pilot.cli.packages;

import cn.sh.pilot.contracts.error.ErrorId;

/** Why {@code pilot package send} refuses or fails; the messages say what to do next. */
public enum PackageCliError implements ErrorId {

    PACKAGE_NOT_SIGNED("package-not-signed",
            "数据包未签名或签名无效，不予发送。请先用 pilot package sign 签名。",
            "The package is not signed, or its signature is invalid; it is not sent. Sign it first with pilot package sign."),
    PACKAGE_OTHER_ACCOUNT("package-other-account",
            "数据包的发送方与 SFTP 账户（--user）不一致，市局将拒收。请用本单位的账户发送本单位签名的数据包。",
            "The package's sender is not the SFTP account (--user); the municipal site would refuse it. Send packages you signed with your own account."),
    PACKAGE_IS_BATCH("package-is-batch",
            "这是推荐批次，请用 pilot batch send 发送（它会核对并记录批次链）。",
            "This is a recommendation batch: send it with pilot batch send, which checks and records the batch chain."),
    DELIVERY_FAILED("delivery-failed",
            "数据包未能送达。请按上面的错误提示处理后重新发送。",
            "The package was not delivered. Deal with the error shown above and send again.");

    private final String id;
    private final String zh;
    private final String en;

    PackageCliError(String id, String zh, String en) {
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
