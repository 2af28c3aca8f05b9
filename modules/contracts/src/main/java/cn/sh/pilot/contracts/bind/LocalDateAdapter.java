package cn.sh.pilot.contracts.bind;

import java.time.LocalDate;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/** Maps {@code cm:Date} (xs:date without a zone, as the schema requires) to {@link LocalDate}. */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String text) {
        return text == null ? null : LocalDate.parse(text.strip());
    }

    @Override
    public String marshal(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
