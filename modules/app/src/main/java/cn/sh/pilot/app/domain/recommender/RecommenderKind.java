package cn.sh.pilot.app.domain.recommender;

public enum RecommenderKind {
    /** 上海市市场监督管理局 itself (code 310000); it does not recommend. */
    MUNICIPAL,
    /** 区市场监管局, GB/T 2260 code. */
    DISTRICT,
    /** 行业主管部门. */
    DEPARTMENT
}
