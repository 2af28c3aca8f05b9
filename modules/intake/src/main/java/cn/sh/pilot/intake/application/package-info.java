/**
 * Use cases of intake, one class each, named as actions (draft, revise, submit, withdraw, import an application
 * document, attach a file, record the §二(四) override). Each takes an {@link cn.sh.pilot.intake.application.Actor},
 * refuses another recommender's application, loads through the domain's repository ports, lets the aggregate and the
 * policies decide, saves, and writes one audit entry per state change — coordinating, never deciding. Plain Java:
 * the app wires them (and the transaction around them); tests construct them with in-memory ports.
 */
package cn.sh.pilot.intake.application;
