/**
 * Stable, bilingual refusal ids shared by every module: {@link cn.sh.pilot.contracts.error.ErrorId}
 * and the exception that carries one.
 */
package cn.sh.pilot.contracts.error;
