package cn.sh.pilot.app.interfaces.web;

import cn.sh.pilot.app.application.Dashboard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Dashboard dashboard;

    private Dashboard.Figures figures;

    public Dashboard.Figures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }
}
