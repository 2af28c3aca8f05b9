package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.OpenCall;
import cn.sh.pilot.app.application.ReviewDesk;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.app.infrastructure.review.ApprovedProjectsAnnex;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.review.domain.item.ItemStatus;
import cn.sh.pilot.review.domain.item.ReviewItem;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** {@code /review/annex.pdf}: the approved projects of the open call as the official annex (PDF, Chinese). */
@WebServlet("/review/annex.pdf")
public class ApprovedProjectsAnnexDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewDesk desk;
    @Inject
    transient OpenCall openCall;
    @Inject
    transient RecommenderRepository recommenders;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<ReviewItem> approved = desk.allRouted().stream()
                .filter(i -> i.status() == ItemStatus.APPROVED)
                .filter(i -> i.callId().value().equals(openCall.current().id()))
                .sorted(Comparator.comparing(i -> i.decision().orElseThrow().number().orElseThrow().value()))
                .toList();
        try {
            int year = desk.setup(new cn.sh.pilot.review.domain.shared.CallId(openCall.current().id())).year();
            byte[] bytes = new ApprovedProjectsAnnex().render(year, approved,
                    code -> recommenders.byCode(code).map(Recommender::nameZh).orElse(code));
            resp.setContentType("application/pdf");
            resp.setHeader("Content-Disposition", "attachment; filename=\"approved-projects-" + year + ".pdf\"");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        } catch (RefusedException e) {
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.id());
        }
    }
}
