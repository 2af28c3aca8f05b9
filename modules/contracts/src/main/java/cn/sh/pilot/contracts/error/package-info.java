/**
 * Stable, bilingual refusal ids shared by every module: {@link cn.sh.pilot.contracts.error.ErrorId},
 * the exception that carries one, and {@link cn.sh.pilot.contracts.error.Verdict}, a policy's
 * allow-or-refuse answer typed by the module's own error enum.
 */
package cn.sh.pilot.contracts.error;
