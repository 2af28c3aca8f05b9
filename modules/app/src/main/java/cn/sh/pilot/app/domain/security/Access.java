package cn.sh.pilot.app.domain.security;

/** What a caller wants to do with a record. */
public enum Access { VIEW, CHANGE }
