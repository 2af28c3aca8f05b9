package cn.sh.pilot.intake.api;

import cn.sh.pilot.contracts.error.ErrorId;

/**
 * Why intake refuses something. The ids are stable and published (console, receipts, logs, tests);
 * the messages say what is wrong and what to do next. Clause references are to 沪市监标技〔2023〕139号.
 */
public enum IntakeError implements ErrorId {

    // §五(四) deadline
    CALL_CLOSED("call-closed",
            "申报已截止：本年度征集通知规定的申报截止日期已过，系统不再接收申请。如有特殊情况，请联系区市场监管局或行业主管部门。",
            "The call is closed: the deadline of this year's call has passed and no application is accepted. Contact your district bureau or industry department if there are special circumstances."),
    CALL_MISMATCH("call-mismatch",
            "申请所属的征集年度与本次判定所用的征集通知不一致，请在当前征集通知下重新填写申请。",
            "The application belongs to another call than the one it is judged against; fill it in again under the current call."),

    // §二(一) registration and credit
    NOT_REGISTERED_IN_SHANGHAI("not-registered-in-shanghai",
            "申请单位须依法在本市登记注册：注册地行政区划代码应为 31 开头的六位代码（如浦东新区 310115）。请核对注册地。",
            "The applicant must be registered in Shanghai: the registered district code must be a six-digit code starting with 31 (e.g. 310115 Pudong). Check the place of registration."),
    REGISTRATION_NOT_DECLARED("registration-not-declared",
            "请勾选声明“本单位依法在本市登记注册”（通知第二条（一））。",
            "Tick the declaration that the applicant is lawfully registered in Shanghai (notice §二(一))."),
    CREDIT_STANDING_NOT_DECLARED("credit-standing-not-declared",
            "申请单位须信用良好：请勾选声明“本单位信用良好”；信用状况不良的单位不能申报（通知第二条（一））。",
            "The applicant must be in good credit standing: tick the declaration; an applicant in poor credit standing cannot apply (notice §二(一))."),

    // GB 32100-2015
    USCC_MALFORMED("uscc-malformed",
            "统一社会信用代码格式不正确：应为18位，由数字和大写字母组成（不使用 I、O、Z、S、V）。请对照营业执照或登记证书重新填写。",
            "The unified social credit code is malformed: it has 18 characters, digits and capital letters without I, O, Z, S, V. Copy it again from the business licence or registration certificate."),
    USCC_CHECK_CHARACTER_WRONG("uscc-check-character-wrong",
            "统一社会信用代码校验位不正确（GB 32100-2015），通常是某一位抄错。请对照营业执照或登记证书逐位核对。",
            "The check character of the unified social credit code is wrong (GB 32100-2015), usually one character was mistyped. Compare it character by character with the business licence or registration certificate."),

    // §二(二) capacity
    NO_STANDARDIZATION_BODY("no-standardization-body",
            "申请单位须设有标准化管理机构（通知第二条（二））。请填写负责标准化工作的机构或部门。",
            "The applicant must have a standardization body (notice §二(二)). Name the unit or department in charge of standardization."),
    NO_STANDARDIZATION_STAFF("no-standardization-staff",
            "申请单位须配备专职或兼职标准化人员（通知第二条（二））。请填写专职、兼职标准化人员人数。",
            "The applicant must have full-time or part-time standardization staff (notice §二(二)). Enter the number of full-time and part-time staff."),

    // §二(三)
    NOT_GOVERNMENT_LED("not-government-led",
            "申报社会管理与公共服务综合标准化试点的单位应是政府主导的机构或组织（通知第二条（三））。请确认单位性质，或改选其他试点类型。",
            "An applicant for a social management and public service comprehensive standardization pilot must be a government-led body (notice §二(三)). Confirm the kind of body or choose another pilot kind."),

    // §二(四)
    INTERNAL_STANDARDIZATION("internal-standardization",
            "组织内部的标准化建设一般不予立项（通知第二条（四））。请说明项目对行业、区域的带动作用；确有理由的，可由推荐单位经办人记录理由后放行。",
            "Purely internal standardization of an organisation is generally not accepted (notice §二(四)). Describe the project's effect beyond the organisation; where there is good reason, a recommender operator may override it with a recorded reason."),
    OVERRIDE_REASON_REQUIRED("override-reason-required",
            "放行须记录经办人和不少于10个字的理由。",
            "An override needs the operator and a reason of at least 10 characters."),
    OVERRIDE_NOT_IMPORTABLE("override-not-importable",
            "上传的申请文件不能带有第二条（四）的放行记录：放行只能由推荐单位经办人在本系统中记录并留痕。请删除文件中的 InternalStandardizationOverride 后重新上传。",
            "An uploaded application document cannot carry an override of §二(四): only a recommender operator records one, in this system and in its audit log. Remove InternalStandardizationOverride from the document and upload it again."),

    // §二(五) exclusions
    NOT_IN_LINE_WITH_INDUSTRIAL_POLICY("not-in-line-with-industrial-policy",
            "不符合产业政策要求的单位不得申报（通知第二条（五））。",
            "An applicant not in line with industrial policy may not apply (notice §二(五))."),
    CRITICISED_WITHIN_THREE_YEARS("criticised-within-three-years",
            "近三年受到相关部门通报批评的单位不得申报（通知第二条（五））。自通报之日起满三年后方可申报。",
            "An applicant criticised by an authority in the last three years may not apply (notice §二(五)); it may apply once three years have passed."),
    PENALISED_WITHIN_THREE_YEARS("penalised-within-three-years",
            "近三年受到相关部门处罚的单位不得申报（通知第二条（五））。自处罚决定之日起满三年后方可申报。",
            "An applicant penalised by an authority in the last three years may not apply (notice §二(五)); it may apply once three years have passed."),
    MEDIA_EXPOSED_WITHIN_THREE_YEARS("media-exposed-within-three-years",
            "近三年受到媒体曝光的单位不得申报（通知第二条（五））。自曝光之日起满三年后方可申报。",
            "An applicant exposed by the media in the last three years may not apply (notice §二(五)); it may apply once three years have passed."),
    MAJOR_ACCIDENT_WITHIN_THREE_YEARS("major-accident-within-three-years",
            "近三年内发生重大产品（服务）质量、安全生产、环境保护等事故的单位不得申报（通知第二条（五））。",
            "An applicant that had a major product or service quality, work safety or environmental accident in the last three years may not apply (notice §二(五))."),
    ADVERSE_RECORD_INVALID("adverse-record-invalid",
            "第二条（五）记录填写不完整或有误：请选择类别，填写发生日期（不得晚于今天）和情况说明；通报批评、处罚、媒体曝光还须填写作出决定的部门或媒体；同一记录不要重复录入。",
            "The §二(五) record is incomplete or wrong: choose its kind, give its date (not after today) and a description; a criticism, penalty or media exposure also needs the authority or medium; do not enter the same record twice."),
    ADVERSE_RECORD_NOT_FOUND("adverse-record-not-found",
            "要删除的第二条（五）记录已不在本申请中（可能已被他人删除）。请刷新页面后再操作。",
            "The §二(五) record to remove is no longer on this application (someone may have removed it). Reload the page and try again."),

    // §五(二) a complete application: everything the application document requires
    APPLICATION_INCOMPLETE("application-incomplete",
            "申请表尚未填写完整，无法生成报送的申请文件。请补填括号中所列各项后再提交：单位名称、通讯地址、邮政编码、法定代表人、联系人姓名、项目名称、项目概述、试点目标（1至20项）、经费预算（总预算和自筹经费），通报批评、处罚、媒体曝光记录的作出部门或媒体，以及每条记录的情况说明。",
            "The application form is not complete, so no application document can be written for it. Fill in the fields listed in brackets and submit again: organisation name, postal address, postal code, legal representative, contact name, project name, project summary, pilot goals (1 to 20), budget (total and self-funded), the authority or medium of each criticism, penalty or media exposure, and the description of every record."),

    // §三 key projects
    KEY_DIRECTION_MISSING("key-direction-missing",
            "重点项目须选择重点方向领域及其下的具体方向（通知第三条（一））。请选择，或改为一般项目。",
            "A key project must name a key direction group and a sub-direction (notice §三(一)). Choose them, or apply as a general project."),
    KEY_DIRECTION_NOT_LISTED("key-direction-not-listed",
            "所选重点方向不在本年度征集通知第三条（一）所列方向中，或具体方向不属于所选领域。请重新选择。",
            "The chosen key direction is not listed in §三(一) of this year's call, or the sub-direction does not belong to the chosen group. Choose again."),
    KEY_STANDARD_OUTPUTS_MISSING("key-standard-outputs-missing",
            "重点项目须预期形成地方标准、行业标准、国家标准、国际标准，或先进的团体标准、企业标准等重大标准化成果（通知第三条（二））。请补充拟形成的标准；团体标准、企业标准须注明为先进标准。",
            "A key project must plan local, industry, national or international standards, or advanced group or enterprise standards (notice §三(二)). Add the planned standards; mark group or enterprise standards that are advanced."),
    KEY_ENDORSEMENT_MISSING("key-endorsement-missing",
            "重点项目须经行业主管部门认可并共同推动（通知第三条（四））。请上传行业主管部门意见（部门、意见、日期）。",
            "A key project needs the endorsement of its industry department (notice §三(四)). Add the department's opinion (department, opinion, date)."),

    // life cycle
    APPLICATION_NOT_EDITABLE("application-not-editable",
            "申请已提交，不能再修改。如需修改，请先撤回后重新填报。",
            "The application has been submitted and can no longer be edited. Withdraw it and file a new one to make changes."),
    APPLICATION_NOT_WITHDRAWABLE("application-not-withdrawable",
            "推荐单位已作出推荐结论或申请已撤回，不能撤回。请联系推荐单位。",
            "The recommender has already decided, or the application is already withdrawn; it cannot be withdrawn. Contact the recommender."),
    APPLICATION_NOT_SUBMITTED("application-not-submitted",
            "只有已提交的申请才能作出推荐结论。",
            "Only a submitted application can be recommended or not recommended."),
    APPLICATION_INELIGIBLE("application-ineligible",
            "申请不符合申报条件，不能提交。请按所列各项问题修改后再提交。",
            "The application does not meet the conditions and cannot be submitted. Correct every problem listed and submit again."),

    // use cases: who may act, on what
    APPLICATION_NOT_FOUND("application-not-found",
            "找不到该申请，可能已被删除或标识有误。请从申请列表重新打开。",
            "The application cannot be found; it may have been removed or the id is wrong. Open it again from the list."),
    APPLICATION_OTHER_RECOMMENDER("application-other-recommender",
            "该申请由其他推荐单位受理，本单位不能查看或办理（通知第五条（三）：推荐单位只办理本行业、本区域的申请）。",
            "The application is handled by another recommender; yours cannot view or act on it (notice §五(三): a recommender handles only its own applications)."),
    CALL_UNKNOWN("call-unknown",
            "申请所响应的征集通知在本系统中不存在。请核对征集通知编号（如 2023-139），或联系系统管理员导入该年度征集通知。",
            "The call the application answers is not known here. Check the call id (e.g. 2023-139), or ask the administrator to load that year's call."),

    // application document (XML)
    APPLICATION_CONTENT_INVALID("application-content-invalid",
            "申请文件符合模式，但有内容无法作为申请受理（如只含空格的名称）。请按提示修改后重新上传。",
            "The application document conforms to its schema, but some content cannot be taken into an application (e.g. a name of blanks only). Correct it and upload again."),
    KEY_DIRECTION_NOT_EXCHANGEABLE("key-direction-not-exchangeable",
            "所选重点方向的代码不在申请文件的代码表中（征集通知参考数据与申请文件模式不一致），无法生成申请文件。请联系系统管理员核对重点方向代码。",
            "The chosen key direction's code is not in the application document's code list (the call's reference data is out of step with the schema), so no application document can be written. Ask the administrator to check the key direction codes."),
    DRAFT_NOT_EXPORTABLE("draft-not-exportable",
            "草稿尚未提交，没有提交时间，不能生成申请文件。请先提交申请。",
            "A draft has no submission time and cannot be written as an application document. Submit it first."),

    // attachments
    ATTACHMENT_TYPE_NOT_ALLOWED("attachment-type-not-allowed",
            "附件只接受 PDF、JPEG 或 PNG 文件；系统按文件内容判断类型，与文件名无关。请转换为 PDF 后重新上传。",
            "Attachments are accepted only as PDF, JPEG or PNG; the type is read from the content, not the name. Convert the file to PDF and upload it again."),
    ATTACHMENT_TYPE_MISMATCH("attachment-type-mismatch",
            "附件内容的类型与文件扩展名或声明的类型不一致（例如扩展名为 .pdf 的图片）。请使用与内容相符的扩展名后重新上传。",
            "The attachment's content does not match its file extension or declared type (e.g. an image named .pdf). Give it the extension of its real type and upload it again."),
    ATTACHMENT_TOO_LARGE("attachment-too-large",
            "附件超过大小上限。请压缩或拆分后重新上传（如扫描时降低分辨率）。",
            "The attachment exceeds the size limit. Compress or split it and upload it again (e.g. scan at a lower resolution)."),
    ATTACHMENT_NAME_INVALID("attachment-name-invalid",
            "附件文件名不可用：不能为空、不能以点开头、不能包含路径分隔符或 \\ / : * ? \" < > | 等字符，长度不超过200个字符。请重命名后重新上传。",
            "The attachment's file name cannot be used: it must not be empty, start with a dot, or contain path separators or \\ / : * ? \" < > |, and has at most 200 characters. Rename it and upload it again."),
    ATTACHMENT_NOT_STORED("attachment-not-stored",
            "附件保存失败，请稍后重试；如持续失败，请联系系统管理员。",
            "The attachment could not be stored; try again, and contact the administrator if it keeps failing."),

    // printable form
    CJK_FONT_MISSING("cjk-font-missing",
            "找不到用于打印申请表的中文字体文件。请安装 Debian 软件包 fonts-wqy-zenhei，或用系统属性 pilot.cjk.font / 环境变量 PILOT_CJK_FONT 指定 TrueType 字体（.ttf/.ttc）路径。",
            "The Chinese font for the printable form is missing. Install the Debian package fonts-wqy-zenhei, or point the system property pilot.cjk.font / environment variable PILOT_CJK_FONT at a TrueType font (.ttf/.ttc)."),
    CJK_FONT_UNUSABLE("cjk-font-unusable",
            "中文字体文件无法读取或不是 TrueType 字体。请改用 fonts-wqy-zenhei 提供的 wqy-zenhei.ttc，或指定其他 TrueType 字体。",
            "The Chinese font file cannot be read or is not a TrueType font. Use wqy-zenhei.ttc from fonts-wqy-zenhei or another TrueType font."),
    FORM_NOT_WRITTEN("form-not-written",
            "申请表生成失败，请稍后重试；如持续失败，请联系系统管理员。",
            "The application form could not be produced; try again, and contact the administrator if it keeps failing.");

    private final String id;
    private final String zh;
    private final String en;

    IntakeError(String id, String zh, String en) {
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
