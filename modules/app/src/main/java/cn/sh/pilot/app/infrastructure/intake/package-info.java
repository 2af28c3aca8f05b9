/** Wiring of the intake module: its JPA repositories, attachment file store, XML reader, PDF form and use cases as CDI beans. */
package cn.sh.pilot.app.infrastructure.intake;
