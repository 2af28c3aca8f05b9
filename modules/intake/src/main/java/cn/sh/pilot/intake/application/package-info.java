/**
 * Use-case services of intake (submit, withdraw, record an override, print the form): they load, run the
 * policies, call the aggregate and save, with transactions, security and audit around — they coordinate, never decide.
 */
package cn.sh.pilot.intake.application;
