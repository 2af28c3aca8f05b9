package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.ArchiveDesk;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code /archive/download?id=}: a finished archive export's ZIP, as written (ARCHIVIST, ADMIN). */
@WebServlet("/archive/download")
public class ArchiveDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ArchiveDesk desk;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!req.isUserInRole("ARCHIVIST") && !req.isUserInRole("ADMIN")) {
            resp.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(req.getParameter("id")));
        } catch (NumberFormatException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path zip = desk.file(id).orElse(null);
        if (zip == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("application/zip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + zip.getFileName() + "\"");
        resp.setContentLengthLong(Files.size(zip));
        Files.copy(zip, resp.getOutputStream());
    }
}
