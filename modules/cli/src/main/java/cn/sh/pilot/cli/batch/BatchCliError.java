package cn.sh.pilot.cli.batch;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Refusals of {@code pilot batch …} that no module's rules already name: the CLI's own input files (call, opinions,
 * state, application folder) and the local checks before a batch is sent. Stable kebab-case ids, Chinese and English
 * messages that say what to do next.
 */
public enum BatchCliError implements ErrorId {

    CALL_FILE_UNKNOWN("call-file-unknown",
            "本工具未内置该征集通知。请用 --call-file 指定征集通知文件（JSON，格式见 README）。",
            "This tool has no built-in definition of that call. Give the call file with --call-file (JSON, see the README)."),
    CALL_FILE_INVALID("call-file-invalid",
            "征集通知文件无法读取或内容不完整。请核对 JSON 格式与必填项（id、year、docNumber、titleZh、publishedOn、deadline、keyDirectionGroups）。",
            "The call file cannot be read or is incomplete. Check the JSON and its required fields (id, year, docNumber, titleZh, publishedOn, deadline, keyDirectionGroups)."),
    CALL_FILE_OTHER_CALL("call-file-other-call",
            "征集通知文件中的编号与 --call 不一致。请核对后重试。",
            "The call file describes another call than --call. Check both and try again."),
    APPLICATIONS_NONE("applications-none",
            "申请目录中没有申请 XML 文件（*.xml）。请核对 --applications 目录。",
            "The applications folder holds no application XML file (*.xml). Check the --applications folder."),
    APPLICATION_DUPLICATE("application-duplicate",
            "同一申请编号出现在多个文件中。每个申请只能提供一个文件，请删除重复的文件。",
            "The same application id appears in more than one file. Keep one file per application and remove the others."),
    APPLICATION_SUBMITTED_IN_FUTURE("application-submitted-in-future",
            "申请的提交时间晚于当前时间，无法据此判断是否在截止日期前提交。请核对申请文件中的提交时间和本机时钟。",
            "The application's submission time lies in the future, so the deadline cannot be judged by it. Check the Submitted time in the file and this computer's clock."),
    APPLICATION_INELIGIBLE("application-ineligible",
            "有拟推荐的申请不符合征集通知的条件，批次未生成。请按上面列出的问题处理（退回申请人修改，或改为不推荐）后重新生成。",
            "A recommended application does not meet the call's conditions; no batch was built. Deal with each problem listed above "
                    + "(return it to the applicant, or do not recommend it), then build again."),
    ATTACHMENT_MISMATCH("attachment-mismatch",
            "附件文件与申请中登记的大小或 SHA-256 摘要不一致。请使用申请人提交的原始文件。",
            "An attachment file differs in size or SHA-256 digest from what the application lists. Use the file the applicant submitted."),
    OPINIONS_UNREADABLE("opinions-unreadable",
            "推荐意见文件无法读取或格式不正确。请按 README 中的格式（CSV 带表头，或 JSON 数组）填写。",
            "The opinions file cannot be read or is malformed. Follow the format in the README (CSV with a header row, or a JSON array)."),
    OPINION_MISSING("opinion-missing",
            "有申请没有填写推荐意见。每个申请都须在推荐意见文件中有一行（推荐或不推荐）。",
            "An application has no opinion. Every application needs one line in the opinions file (recommended or not)."),
    OPINION_UNKNOWN_APPLICATION("opinion-unknown-application",
            "推荐意见文件中的某行所指的申请不在申请目录中。请核对申请编号或文件名。",
            "A line of the opinions file names an application that is not in the applications folder. Check the id or file name."),
    OPINION_DUPLICATE("opinion-duplicate",
            "同一申请在推荐意见文件中出现多次。每个申请只能有一行。",
            "An application appears more than once in the opinions file. Give each application one line."),
    OPINION_INVALID("opinion-invalid",
            "推荐意见文件中某行的取值不正确（推荐须为 是/否，排序须为正整数，日期格式为 2023-05-18，审核人必填）。",
            "A line of the opinions file has an invalid value (recommend is yes/no, rank a positive whole number, date like 2023-05-18, reviewer required)."),
    STATE_UNREADABLE("state-unreadable",
            "本地批次状态文件无法读取。请勿手工修改该文件；如已损坏，请从备份恢复。",
            "The local batch state file cannot be read. Do not edit it by hand; if it is damaged, restore it from a backup."),
    STATE_OTHER_RECOMMENDER("state-other-recommender",
            "本地批次状态文件属于另一个推荐单位。请核对 --recommender / --user 与 --state。",
            "The local batch state file belongs to another recommender. Check --recommender / --user and --state."),
    RECOMMENDER_NAME_REQUIRED("recommender-name-required",
            "行业主管部门须用 --recommender-name 给出单位全称。",
            "An industry department gives its full name with --recommender-name."),
    PACKAGE_NOT_SIGNED("package-not-signed",
            "数据包未签名或签名无效，不予发送。请先用 pilot batch sign 签名。",
            "The package is not signed, or its signature is invalid; it is not sent. Sign it first with pilot batch sign."),
    PACKAGE_NOT_A_BATCH("package-not-a-batch",
            "数据包中的报文不是推荐批次。只有 pilot batch build 生成的批次才能用 pilot batch send 发送。",
            "The package's payload is not a recommendation batch. Only batches made by pilot batch build are sent with pilot batch send."),
    PACKAGE_OTHER_ACCOUNT("package-other-account",
            "批次的推荐单位与 SFTP 账户（--user）不一致，市局将拒收。请用本单位的账户发送本单位的批次。",
            "The batch's recommender is not the SFTP account (--user); the municipal site would refuse it. Send your own batches with your own account."),
    BATCH_OUT_OF_CHAIN("batch-out-of-chain",
            "该批次与本地记录的已发送批次链不衔接（序号或上一批次摘要不符，或已发送过），不予发送。请重新生成批次后再签名发送。",
            "The batch does not continue the chain of batches sent from here (sequence or previous digest differ, or it was sent "
                    + "already); it is not sent. Build the batch again, then sign and send it."),
    DELIVERY_FAILED("delivery-failed",
            "批次未能送达。请按上面的错误提示处理后重新发送；本地批次状态未改变。",
            "The batch was not delivered. Deal with the error shown above and send again; the local batch state is unchanged."),
    RECEIPT_UNVERIFIED("receipt-unverified",
            "有取回的回执或通知未通过核验，不可采信。请联系市局核实。",
            "A fetched receipt or notice failed verification and must not be relied on. Check with the municipal bureau.");

    private final String id;
    private final String zh;
    private final String en;

    BatchCliError(String id, String zh, String en) {
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
