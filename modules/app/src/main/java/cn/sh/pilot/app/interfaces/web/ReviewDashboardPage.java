package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ReviewDesk;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.review.domain.item.ImportedItem;
import cn.sh.pilot.review.domain.item.ReviewItem;
import cn.sh.pilot.review.domain.routing.ReviewDomain;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code /review/dashboard.xhtml} (评审统计): the call's recommended items counted by domain, district (recommender),
 * type and status, each as a horizontal bar chart drawn on the server as inline SVG (no script, nothing fetched,
 * within the strict Content-Security-Policy), with the numbers beside the bars and in a table for screen readers;
 * and the link to the annex of approved projects (PDF).
 */
@Named
@RequestScoped
public class ReviewDashboardPage {

    private static final int BAR_MAX = 360;
    private static final int LABEL = 220;
    private static final int LINE = 26;

    @Inject
    ReviewDesk desk;
    @Inject
    RecommenderRepository recommenders;
    @Inject
    ReviewPage review;
    @Inject
    LocaleSelector locale;

    private List<ReviewItem> routed;
    private List<ImportedItem> unrouted;

    /** One chart: its id, its heading key and its counts in display order. */
    public record Chart(String id, String titleKey, Map<String, Long> counts) {

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public List<Map.Entry<String, Long>> entries() {
            return List.copyOf(counts.entrySet());
        }
    }

    public List<Chart> getCharts() {
        return List.of(
                new Chart("by-domain", "mr.dash.byDomain", byDomain()),
                new Chart("by-district", "mr.dash.byDistrict", count(i -> recommenderName(i.recommender().value()),
                        i -> recommenderName(i.recommender().value()))),
                new Chart("by-type", "mr.dash.byType", count(i -> Texts.text("mr.type." + i.type()),
                        i -> Texts.text("mr.type." + i.declaredType()))),
                new Chart("by-status", "mr.dash.byStatus", count(i -> Texts.text("mr.status." + i.status()),
                        i -> Texts.text("mr.dash.unrouted"))));
    }

    /** The chart as inline SVG: one bar per count, scaled to the largest. */
    public String svg(Chart chart) {
        long max = Math.max(1, chart.counts().values().stream().mapToLong(Long::longValue).max().orElse(1));
        int height = Math.max(1, chart.counts().size()) * LINE + 4;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\""
                + " width=\"" + (LABEL + BAR_MAX + 60) + "\" height=\"" + height + "\" aria-label=\""
                + escape(Texts.text(chart.titleKey())) + "\">");
        int y = 2;
        for (Map.Entry<String, Long> e : chart.counts().entrySet()) {
            long width = e.getValue() == 0 ? 0 : Math.max(2, e.getValue() * BAR_MAX / max);
            s.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#333\">").append(escape(e.getKey())).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(width)
                    .append("\" height=\"18\" rx=\"2\" fill=\"#b3261e\"/>")
                    .append("<text x=\"").append(LABEL + width + 6).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"13\" fill=\"#333\">").append(e.getValue()).append("</text>");
            y += LINE;
        }
        return s.append("</svg>").toString();
    }

    private Map<String, Long> byDomain() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReviewDomain d : review.getDomains()) {
            counts.put(review.domainName(d), 0L);
        }
        routed().forEach(i -> counts.merge(review.domainName(i.domain()), 1L, Long::sum));
        if (!unrouted().isEmpty()) {
            counts.put(Texts.text("mr.dash.unrouted"), (long) unrouted().size());
        }
        return counts;
    }

    private Map<String, Long> count(Function<ReviewItem, String> routedKey, Function<ImportedItem, String> unroutedKey) {
        Map<String, Long> counts = new TreeMap<>();
        routed().forEach(i -> counts.merge(routedKey.apply(i), 1L, Long::sum));
        unrouted().forEach(i -> counts.merge(unroutedKey.apply(i), 1L, Long::sum));
        return counts;
    }

    private String recommenderName(String code) {
        return recommenders.byCode(code).map(r -> locale.isEnglish() ? r.nameEn() : r.nameZh()).orElse(code);
    }

    private List<ReviewItem> routed() {
        if (routed == null) {
            routed = desk.allRouted();
        }
        return routed;
    }

    private List<ImportedItem> unrouted() {
        if (unrouted == null) {
            unrouted = desk.unrouted();
        }
        return unrouted;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
