package cn.sh.pilot.projects.domain.project;

/** 一般项目 or 重点项目 (§三), as {@code cm:ProjectType}. */
public enum ProjectType {
    GENERAL,
    KEY
}
