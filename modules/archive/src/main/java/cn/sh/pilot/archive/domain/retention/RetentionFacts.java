package cn.sh.pilot.archive.domain.retention;

/**
 * What the retention rule looks at.
 *
 * @param approved            the project was approved (立项) at some point — it has a project number
 * @param acceptanceConcluded an acceptance result (验收结论) exists
 * @param rejected            the application was rejected (不予立项)
 */
public record RetentionFacts(boolean approved, boolean acceptanceConcluded, boolean rejected) {
}
