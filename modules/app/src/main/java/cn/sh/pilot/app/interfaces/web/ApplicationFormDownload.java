package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.IntakeDesk;
import cn.sh.pilot.app.domain.recommender.Recommender;
import cn.sh.pilot.app.domain.recommender.RecommenderRepository;
import cn.sh.pilot.contracts.error.RefusedException;
import cn.sh.pilot.intake.domain.application.Application;
import cn.sh.pilot.intake.domain.application.ApplicationId;
import cn.sh.pilot.intake.domain.call.Call;
import cn.sh.pilot.intake.infrastructure.pdf.ApplicationFormPdf;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /applications/form.pdf?id=}: the printable 申请表 (§五(二)) of one of this site's applications. */
@WebServlet("/applications/form.pdf")
public class ApplicationFormDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IntakeDesk desk;
    @Inject
    transient ApplicationFormPdf pdf;
    @Inject
    transient RecommenderRepository recommenders;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ApplicationId id;
        try {
            id = ApplicationId.of(String.valueOf(req.getParameter("id")));
        } catch (IllegalArgumentException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Application application = desk.find(id).orElse(null);
        Call call = application == null ? null : desk.call(application.callId()).orElse(null);
        if (application == null || call == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String recommenderName = recommenders.byCode(application.recommenderCode()).map(Recommender::nameZh)
                .orElse(application.recommenderCode());
        try {
            byte[] bytes = pdf.render(application, call, recommenderName);
            resp.setContentType("application/pdf");
            resp.setHeader("Content-Disposition", "attachment; filename=\"application-" + id + ".pdf\"");
            resp.setContentLength(bytes.length);
            resp.getOutputStream().write(bytes);
        } catch (RefusedException e) {
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.id());
        }
    }
}
