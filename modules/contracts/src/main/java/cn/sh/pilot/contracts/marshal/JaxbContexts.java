package cn.sh.pilot.contracts.marshal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;

/** One {@link JAXBContext} per bound root class, created on first use and shared (contexts are thread-safe). */
final class JaxbContexts {

    private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

    private JaxbContexts() {
    }

    static JAXBContext of(Class<?> type) {
        return CONTEXTS.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance(t);
            } catch (JAXBException e) {
                throw new IllegalStateException("no JAXB context for " + t.getName()
                        + " (is a Jakarta XML Binding runtime on the class path?)", e);
            }
        });
    }
}
