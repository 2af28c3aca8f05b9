package cn.sh.pilot.intake.domain.application;

import java.util.List;

/**
 * What the applicant declares against §二 of the notice. Staff and body are in {@link StandardizationCapacity},
 * internal standardization in {@link Project#internalOnly()}.
 *
 * @param registeredInShanghai       §二(一) 依法在本市登记注册
 * @param goodCredit                 §二(一) 信用良好
 * @param governmentLed              §二(三) 政府主导的机构或组织
 * @param inLineWithIndustrialPolicy §二(五) 符合产业政策要求
 * @param adverseRecords             §二(五) criticisms, penalties, media exposures and major accidents, any date
 */
public record Declarations(
        boolean registeredInShanghai,
        boolean goodCredit,
        boolean governmentLed,
        boolean inLineWithIndustrialPolicy,
        List<AdverseRecord> adverseRecords) {

    public Declarations {
        adverseRecords = List.copyOf(adverseRecords);
    }

    public Declarations withRegisteredInShanghai(boolean value) {
        return new Declarations(value, goodCredit, governmentLed, inLineWithIndustrialPolicy, adverseRecords);
    }

    public Declarations withGoodCredit(boolean value) {
        return new Declarations(registeredInShanghai, value, governmentLed, inLineWithIndustrialPolicy, adverseRecords);
    }

    public Declarations withGovernmentLed(boolean value) {
        return new Declarations(registeredInShanghai, goodCredit, value, inLineWithIndustrialPolicy, adverseRecords);
    }

    public Declarations withInLineWithIndustrialPolicy(boolean value) {
        return new Declarations(registeredInShanghai, goodCredit, governmentLed, value, adverseRecords);
    }

    public Declarations withAdverseRecords(List<AdverseRecord> records) {
        return new Declarations(registeredInShanghai, goodCredit, governmentLed, inLineWithIndustrialPolicy, records);
    }
}
