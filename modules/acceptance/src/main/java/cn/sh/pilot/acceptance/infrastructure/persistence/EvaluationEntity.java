package cn.sh.pilot.acceptance.infrastructure.persistence;

import cn.sh.pilot.acceptance.api.EvaluationState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * The opening of one evaluation ({@code acceptance_evaluation}): the application document as received (schema-valid
 * XML), the project facts, the criteria table and rules it is judged by, who received it and when; plus the state
 * and version after the latest step, for lists and for refusing a stale write.
 */
@Entity
@Table(name = "acceptance_evaluation")
public class EvaluationEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "project_number", nullable = false, length = 20)
    String projectNumber;
    @Column(name = "applicant_name", nullable = false, length = 200)
    String applicantName;
    @Column(name = "applicant_uscc", nullable = false, length = 18)
    String applicantUscc;
    @Column(name = "guarantor_code", nullable = false, length = 16)
    String guarantorCode;
    @Column(name = "key_project", nullable = false)
    boolean keyProject;
    @Column(name = "application_xml", nullable = false, length = 200000)
    String applicationXml;
    /** One criterion a line: code, Chinese name, English name, weight, maximum score — tab separated. */
    @Column(name = "criteria", nullable = false, length = 8000)
    String criteria;
    @Column(name = "minimum_panel", nullable = false)
    int minimumPanel;
    @Column(name = "pass_threshold", nullable = false, precision = 5, scale = 2)
    java.math.BigDecimal pass;
    @Column(name = "rework_threshold", nullable = false, precision = 5, scale = 2)
    java.math.BigDecimal rework;
    @Column(name = "reevaluations", nullable = false)
    int reevaluations;
    @Column(name = "rework_period", nullable = false, length = 16)
    String reworkPeriod;
    @Column(name = "received_by", nullable = false, length = 100)
    String receivedBy;
    @Column(name = "received_org", nullable = false, length = 16)
    String receivedOrg;
    @Column(name = "received_roles", nullable = false, length = 40)
    String receivedRoles;
    @Column(name = "received_at", nullable = false)
    OffsetDateTime receivedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    EvaluationState state;
    @Column(name = "version", nullable = false)
    long version;

    protected EvaluationEntity() {
    }

    EvaluationEntity(String id) {
        this.id = id;
    }
}
